using Dundian.Core.Auditing;
using Dundian.Core.Data;
using Xunit;

namespace Dundian.Testing;

/// <summary>An empty database of one provider with all migrations applied (no demo data).</summary>
public abstract class MigratedDatabase(string provider) : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    public async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        await using var db = Database.NewContext();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
    }

    public DundianDbContext NewContext(IAuditActor? actor = null) => Database.NewContext(actor);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDatabase() : MigratedDatabase("Sqlite");
public sealed class PostgresDatabase() : MigratedDatabase("Postgres");
