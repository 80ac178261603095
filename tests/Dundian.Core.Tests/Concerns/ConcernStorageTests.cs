using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

public abstract class ConcernStorageTests(MigratedDatabase database)
{
    [Fact]
    public async Task State_and_history_survive_a_round_trip()
    {
        var ct = TestContext.Current.CancellationToken;
        var t0 = new DateTime(2007, 4, 2, 1, 0, 0, DateTimeKind.Utc);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        int id;
        await using (var db = database.NewContext())
        {
            var village = await new OrgTree(db).AddAsync(null, "诉求村" + suffix, OrgLevel.Village, new DateOnly(2000, 1, 1), ct: ct);
            var category = new ConcernCategory { Code = "c" + suffix, Name = "环境卫生", TimeLimitDays = 7 };
            db.ConcernCategories.Add(category);
            await db.SaveChangesAsync(ct);
            var concern = Concern.Receive("N" + suffix, "hash", category, village.Id, "垃圾无人清运", ConcernSource.Hotline, t0, "operator");
            db.Concerns.Add(concern);
            await db.SaveChangesAsync(ct);
            concern.Assign(village.Id, category.TimeLimitDays, t0.AddHours(1), "dispatcher");
            concern.Start(t0.AddHours(2), "unit");
            concern.EscalateIfOverdue(t0.AddDays(9));
            await db.SaveChangesAsync(ct);
            id = concern.Id;
        }
        await using (var db = database.NewContext())
        {
            var c = await db.Concerns.Include(x => x.Events).SingleAsync(x => x.Id == id, ct);
            Assert.Equal(ConcernStatus.InProgress, c.Status);
            Assert.Equal(1, c.EscalationLevel);
            Assert.Equal(t0.AddHours(1).AddDays(7), c.DueAt);
            Assert.Equal(DateTimeKind.Utc, c.DueAt!.Value.Kind);
            Assert.Equal(
                [ConcernEventKind.Received, ConcernEventKind.Assigned, ConcernEventKind.Started, ConcernEventKind.Escalated],
                c.Events.OrderBy(e => e.At).Select(e => e.Kind));
        }
    }
}

public sealed class ConcernStorageTestsOnSqlite(SqliteDatabase db) : ConcernStorageTests(db), IClassFixture<SqliteDatabase>;
public sealed class ConcernStorageTestsOnPostgres(PostgresDatabase db) : ConcernStorageTests(db), IClassFixture<PostgresDatabase>;
