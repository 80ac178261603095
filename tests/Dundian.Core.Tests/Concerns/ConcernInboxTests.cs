using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

/// <summary>
/// 督办 leaves an inbox entry for the supervising office, with a fake clock: the town office above the handling
/// village at level 1, the county office as well from level 2; nobody else, and one entry per level raised.
/// </summary>
public abstract class ConcernInboxTests(MigratedDatabase database) : IAsyncLifetime
{
    private readonly ManualClock clock = new(new DateTimeOffset(2007, 4, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private int villageId;
    private string townOffice = "", countyOffice = "", cadre = "", disabledOffice = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var county = await tree.AddAsync(null, "县" + suffix, OrgLevel.County, new DateOnly(2000, 1, 1));
        var town = await tree.AddAsync(county, "镇" + suffix, OrgLevel.Town, new DateOnly(2000, 1, 1));
        villageId = (await tree.AddAsync(town, "村" + suffix, OrgLevel.Village, new DateOnly(2000, 1, 1))).Id;
        db.ConcernCategories.Add(new ConcernCategory { Code = "inb" + suffix, Name = "环境卫生", TimeLimitDays = 7 });
        townOffice = User(db, "town", StaffRole.CampaignOffice, town.Id);
        countyOffice = User(db, "county", StaffRole.CampaignOffice, county.Id);
        cadre = User(db, "cadre", StaffRole.Cadre, town.Id);
        disabledOffice = User(db, "gone", StaffRole.CampaignOffice, town.Id, disabled: true);
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string User(Dundian.Core.Data.DundianDbContext db, string name, StaffRole role, int unitId, bool disabled = false)
    {
        var user = new AppUser { UserName = name + suffix, DisplayName = name, IsDisabled = disabled, CreatedAt = DateTime.UtcNow };
        user.Grants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = unitId });
        db.Users.Add(user);
        return user.Id;
    }

    private async Task<int> AssignedConcernAsync()
    {
        await using var db = database.NewContext();
        var (concern, _) = await new ConcernIntake(db, clock)
            .SubmitAsync(new ConcernSubmission("inb" + suffix, villageId, "村口垃圾堆积无人清运"), ConcernSource.Portal, null, Ct);
        concern.Assign(villageId, 7, clock.GetUtcNow().UtcDateTime, "office");
        await db.SaveChangesAsync(Ct);
        return concern.Id;
    }

    private async Task RunAsync()
    {
        await using var db = database.NewContext();
        await new ConcernEscalation(db, clock).EscalateOverdueAsync(3, Ct);
    }

    private async Task<Dictionary<string, int>> EntriesAsync(int concernId)
    {
        await using var db = database.NewContext();
        return await db.InboxEntries.Where(e => e.ConcernId == concernId).GroupBy(e => e.RecipientUserId)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), Ct);
    }

    [Fact]
    public async Task A_notice_already_sent_by_another_node_rolls_this_run_back_instead_of_duplicating_it()
    {
        var id = await AssignedConcernAsync();
        clock.Advance(TimeSpan.FromDays(8)); // overdue: level 1, the town office is told
        // Another node's run committed the same notice a moment ago (its level change is not visible to this run).
        await using (var db = database.NewContext())
        {
            db.InboxEntries.Add(new Dundian.Core.Inbox.InboxEntry
            {
                RecipientUserId = townOffice, ConcernId = id, EscalationLevel = 1, Subject = "督办(第 1 级)", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
        }
        await using (var db = database.NewContext())
            Assert.Equal(0, await new ConcernEscalation(db, clock).EscalateOverdueAsync(3, Ct));
        Assert.Equal(new Dictionary<string, int> { [townOffice] = 1 }, await EntriesAsync(id));
        await using (var db = database.NewContext())
        {
            var concern = await db.Concerns.Include(c => c.Events).SingleAsync(c => c.Id == id, Ct);
            Assert.Equal(0, concern.EscalationLevel); // this run's raise was rolled back with its notice
            Assert.DoesNotContain(concern.Events, e => e.Kind == ConcernEventKind.Escalated);
            // The planted notice stands for a run whose level change this test never made: remove it, or every later
            // run in this shared database (other tests') would collide with it and roll back too.
            await db.InboxEntries.Where(e => e.ConcernId == id).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task Escalation_notifies_the_nearest_office_then_the_one_above_once_per_level()
    {
        var id = await AssignedConcernAsync();

        clock.Advance(TimeSpan.FromDays(6));
        await RunAsync();
        Assert.Empty(await EntriesAsync(id)); // not overdue yet

        clock.Advance(TimeSpan.FromDays(1.5));
        await RunAsync();
        await RunAsync(); // a second run raises nothing and tells nobody again
        Assert.Equal(new Dictionary<string, int> { [townOffice] = 1 }, await EntriesAsync(id));

        clock.Advance(TimeSpan.FromDays(3));
        await RunAsync();
        Assert.Equal(new Dictionary<string, int> { [townOffice] = 2, [countyOffice] = 1 }, await EntriesAsync(id));

        await using var db = database.NewContext();
        var entry = await db.InboxEntries.Where(e => e.ConcernId == id && e.RecipientUserId == countyOffice).SingleAsync(Ct);
        Assert.Contains("督办(第 2 级)", entry.Subject);
        Assert.Equal($"/manage/concerns/{id}", entry.Link);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, entry.CreatedAt);
        Assert.Null(entry.ReadAt);
        Assert.False((await EntriesAsync(id)).ContainsKey(cadre));
        Assert.False((await EntriesAsync(id)).ContainsKey(disabledOffice));
    }
}

public sealed class ConcernInboxTestsOnSqlite(SqliteDatabase db) : ConcernInboxTests(db), IClassFixture<SqliteDatabase>;
public sealed class ConcernInboxTestsOnPostgres(PostgresDatabase db) : ConcernInboxTests(db), IClassFixture<PostgresDatabase>;
