using Dundian.Core.Auditing;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Auditing;

public abstract class AuditTrailTests(MigratedDatabase database)
{
    private sealed class Staff(string id) : IAuditActor
    {
        public string? UserId => id;
        public string? UserName => "editor-" + id;
        public string? IpAddress => "127.0.0.9";
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staff_write_leaves_one_entry_per_row_with_who_where_and_the_new_key()
    {
        var actor = new Staff(Guid.NewGuid().ToString("N"));
        await using var db = database.NewContext(actor);
        var unit = new OrgUnit { Name = "审计村", Level = OrgLevel.Village, ValidFrom = new DateOnly(2000, 1, 1) };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(Ct);
        unit.Name = "审计新村";
        await db.SaveChangesAsync(Ct);

        var entries = await db.AuditEntries.Where(a => a.UserId == actor.UserId).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(["Insert", "Update"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(unit.Id.ToString(), e.EntityKey));
        Assert.All(entries, e => Assert.Equal("127.0.0.9", e.IpAddress));
        Assert.All(entries, e => Assert.Equal(nameof(OrgUnit), e.EntityType));
        Assert.Contains("审计新村", entries[1].Details);
        Assert.Equal(DateTimeKind.Utc, entries[0].At.Kind);
    }

    [Fact]
    public async Task Work_with_no_person_behind_it_is_not_audited()
    {
        await using var db = database.NewContext();
        var before = await db.AuditEntries.CountAsync(Ct);
        db.OrgUnits.Add(new OrgUnit { Name = "系统村", Level = OrgLevel.Village, ValidFrom = new DateOnly(2000, 1, 1) });
        await db.SaveChangesAsync(Ct);
        Assert.Equal(before, await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        var actor = new Staff(Guid.NewGuid().ToString("N"));
        await using var db = database.NewContext(actor);
        db.Users.Add(new Core.Accounts.AppUser { UserName = "u" + actor.UserId![..8], DisplayName = "测试", PasswordHash = "SECRET-HASH", SecurityStamp = "STAMP" });
        await db.SaveChangesAsync(Ct);
        var entry = await db.AuditEntries.SingleAsync(a => a.UserId == actor.UserId, Ct);
        Assert.DoesNotContain("SECRET-HASH", entry.Details);
        Assert.DoesNotContain("STAMP", entry.Details);
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteDatabase db) : AuditTrailTests(db), IClassFixture<SqliteDatabase>;
public sealed class AuditTrailTestsOnPostgres(PostgresDatabase db) : AuditTrailTests(db), IClassFixture<PostgresDatabase>;
