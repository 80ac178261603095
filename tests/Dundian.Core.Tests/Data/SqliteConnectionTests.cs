using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Data;

/// <summary>
/// Foreign keys hold on both databases. On SQLite the default connection string no longer sends
/// <c>PRAGMA foreign_keys = 1</c> on every open: the bundled native library must enforce them by default.
/// </summary>
public abstract class SqliteConnectionTests(MigratedDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_row_pointing_at_nothing_is_refused_without_a_pragma_per_open()
    {
        if (database.Database.Provider == "Sqlite")
        {
            Assert.DoesNotContain("Foreign Keys", DatabaseSetup.SqliteConnectionString(database.Database.Options),
                StringComparison.OrdinalIgnoreCase);
            await using var probe = database.NewContext();
            await probe.Database.OpenConnectionAsync(Ct);
            Assert.Equal([1L], await probe.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync(Ct));
        }

        await using var db = database.NewContext();
        db.Articles.Add(new Article { ChannelId = int.MaxValue, Title = "无栏目", BodyHtml = "" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }
}

public sealed class SqliteConnectionTestsOnSqlite(SqliteDatabase db) : SqliteConnectionTests(db), IClassFixture<SqliteDatabase>;
public sealed class SqliteConnectionTestsOnPostgres(PostgresDatabase db) : SqliteConnectionTests(db), IClassFixture<PostgresDatabase>;
