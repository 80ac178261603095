using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Org;

/// <summary>
/// 撤村并居 in the middle of a campaign: 杉木洋村 and 降渚村 (大徐镇), both liaison villages of one group, become
/// 杉渚村 on 2007-05-01. Logs made before stay with the old villages, logs after go to the new one, and the figures
/// of the town and the campaign before, after and across the date add up to the logs entered — on both databases.
/// </summary>
public abstract class VillageMergeTests(CampaignDatabase data)
{
    private static readonly DateOnly MergeDay = new(2007, 5, 1);
    private static readonly string[] Keys = [IndicatorKeys.HouseholdsVisited, IndicatorKeys.Talks, IndicatorKeys.Symposiums, IndicatorKeys.StationedDays];

    [Fact]
    public async Task Figures_before_after_and_across_a_village_merge_add_up()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = data.NewScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DundianDbContext>();
        var logs = sp.GetRequiredService<FieldLogService>();
        var manager = sp.GetRequiredService<OrgUnitManager>();
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        var a = await CampaignDatabase.UnitAsync(db, "杉木洋村");
        var b = await CampaignDatabase.UnitAsync(db, "降渚村");
        var (campaign, group, person) = await CampaignInAsync(db, town, a, b);
        var office = CampaignDatabase.Actor(data.Cadre, StaffRole.CampaignOffice, town.Path);

        // Before the merge: one stay in each old village.
        await logs.RecordAsync(office, Stay(person, a, 3, 5, households: 4, talks: 7, symposiums: 1), ct);
        await logs.RecordAsync(office, Stay(person, b, 10, 12, households: 6, talks: 2, symposiums: 0), ct);

        // A merge dated before a stay of one of the villages is refused, and nothing changes.
        var unitsBefore = await db.OrgUnits.CountAsync(ct);
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            manager.MergeAsync([a.Id, b.Id], "杉渚村", null, new DateOnly(2007, 4, 11), ct: ct));
        Assert.Contains("蹲点日志", refused.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(unitsBefore, await db.OrgUnits.CountAsync(ct));
        Assert.Null((await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == a.Id, ct)).ValidTo);

        var merged = await manager.MergeAsync([a.Id, b.Id], "杉渚村", "330225108951", MergeDay, ct: ct);
        db.ChangeTracker.Clear();

        // The old villages are kept, retired on the day; the new one starts that day; the group goes on there.
        var old = await db.OrgUnits.AsNoTracking().Where(u => u.Id == a.Id || u.Id == b.Id).ToListAsync(ct);
        Assert.All(old, u => Assert.Equal(MergeDay, u.ValidTo));
        Assert.All(old, u => Assert.StartsWith(town.Path, u.Path));
        Assert.Equal(town.Id, merged.ParentId);
        Assert.Equal(2, await db.OrgUnitSuccessions.CountAsync(s => s.SuccessorId == merged.Id && s.Kind == SuccessionKind.Merge, ct));
        var liaisons = await db.LiaisonVillages.AsNoTracking().Where(l => l.GroupId == group.Id).OrderBy(l => l.FromDate).ThenBy(l => l.VillageId).ToListAsync(ct);
        Assert.Equal(3, liaisons.Count);
        Assert.All(liaisons.Where(l => l.VillageId != merged.Id), l => Assert.Equal(MergeDay.AddDays(-1), l.ToDate));
        var successor = Assert.Single(liaisons, l => l.VillageId == merged.Id);
        Assert.Equal((MergeDay, campaign.EndDate), (successor.FromDate, successor.ToDate!.Value));

        // After the merge: stays go to the new village; the old one no longer takes any.
        await logs.RecordAsync(office, Stay(person, merged, 5, 7, households: 5, talks: 3, symposiums: 2, month: 5), ct);
        var late = await Assert.ThrowsAsync<ValidationException>(() => logs.RecordAsync(office, Stay(person, a, 10, 10, households: 1, talks: 1, symposiums: 0, month: 5), ct));
        Assert.Contains("联系村", late.Message);
        db.ChangeTracker.Clear();

        var stats = sp.GetRequiredService<StatisticsService>();
        var all = new IndicatorFilter { CampaignId = campaign.Id, OrgUnitId = town.Id };
        var before = all with { From = campaign.StartDate, To = MergeDay.AddDays(-1) };
        var after = all with { From = MergeDay, To = campaign.EndDate };
        var expected = new Dictionary<string, (decimal Before, decimal After)>
        {
            [IndicatorKeys.HouseholdsVisited] = (4 + 6, 5),
            [IndicatorKeys.Talks] = (7 + 2, 3),
            [IndicatorKeys.Symposiums] = (1 + 0, 2),
            [IndicatorKeys.StationedDays] = (3 + 3, 3),
        };
        foreach (var key in Keys)
        {
            var (b4, af) = expected[key];
            Assert.Equal(b4, (await stats.ComputeAsync(key, before, ct)).Value);
            Assert.Equal(af, (await stats.ComputeAsync(key, after, ct)).Value);
            // Across the date: the whole campaign without a period (read from the per-person totals) and with one.
            Assert.Equal(b4 + af, (await stats.ComputeAsync(key, all, ct)).Value);
            Assert.Equal(b4 + af, (await stats.ComputeAsync(key, all with { From = campaign.StartDate, To = campaign.EndDate }, ct)).Value);
            // Village by village: each record stays where it was made, and the villages add up to the town.
            var byVillage = 0m;
            foreach (var v in new[] { a.Id, b.Id, merged.Id })
                byVillage += (await stats.ComputeAsync(key, all with { OrgUnitId = v }, ct)).Value;
            Assert.Equal(b4 + af, byVillage);
        }
        Assert.Equal(4m, (await stats.ComputeAsync(IndicatorKeys.HouseholdsVisited, all with { OrgUnitId = a.Id }, ct)).Value);
        Assert.Equal(5m, (await stats.ComputeAsync(IndicatorKeys.HouseholdsVisited, all with { OrgUnitId = merged.Id }, ct)).Value);
    }

    [Fact]
    public async Task Moving_a_village_takes_its_records_along_and_keeps_the_totals_exact()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = data.NewScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DundianDbContext>();
        var town = await CampaignDatabase.UnitAsync(db, "新桥镇");
        var otherTown = await CampaignDatabase.UnitAsync(db, "东陈乡");
        var county = await CampaignDatabase.UnitAsync(db, "象山县");
        var village = await CampaignDatabase.UnitAsync(db, "高湫村");
        var stay = await CampaignDatabase.UnitAsync(db, "石门村");
        var (campaign, _, person) = await CampaignInAsync(db, county, village, stay);
        var office = CampaignDatabase.Actor(data.Cadre, StaffRole.CampaignOffice, county.Path);
        var logs = sp.GetRequiredService<FieldLogService>();
        await logs.RecordAsync(office, Stay(person, village, 2, 3, households: 8, talks: 1, symposiums: 1), ct);
        await logs.RecordAsync(office, Stay(person, stay, 3, 4, households: 2, talks: 1, symposiums: 1), ct);
        var stats = sp.GetRequiredService<StatisticsService>();
        var filter = new IndicatorFilter { CampaignId = campaign.Id };
        async Task<decimal> Households(int unit) => (await stats.ComputeAsync(IndicatorKeys.HouseholdsVisited, filter with { OrgUnitId = unit }, ct)).Value;
        async Task<decimal> Days(int unit, bool period) => (await stats.ComputeAsync(IndicatorKeys.StationedDays,
            period ? filter with { OrgUnitId = unit, From = campaign.StartDate, To = campaign.EndDate } : filter with { OrgUnitId = unit }, ct)).Value;
        Assert.Equal((10m, 0m), (await Households(town.Id), await Households(otherTown.Id)));

        var manager = sp.GetRequiredService<OrgUnitManager>();
        // Its code names its old town: a move without a new code is refused and changes nothing.
        var refused = await Assert.ThrowsAsync<ValidationException>(() => manager.MoveAsync(village.Id, otherTown.Id, ct: ct));
        Assert.Contains("不属于“东陈乡”", refused.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(10m, await Households(town.Id));
        await manager.MoveAsync(village.Id, otherTown.Id, "330225200951", ct);
        db.ChangeTracker.Clear();

        var moved = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == village.Id, ct);
        Assert.Equal((otherTown.Path + village.Id + "/", "330225200951"), (moved.Path, moved.DivisionCode));
        Assert.All(await db.FieldLogs.AsNoTracking().Where(l => l.VillageId == village.Id).ToListAsync(ct), l => Assert.Equal(moved.Path, l.VillagePath));
        Assert.Equal((2m, 8m, 10m), (await Households(town.Id), await Households(otherTown.Id), await Households(county.Id)));
        // Stationed days from the totals (no period) equal those from the records (a period): the totals were recomputed.
        foreach (var unit in new[] { town.Id, otherTown.Id, county.Id })
            Assert.Equal(await Days(unit, period: true), await Days(unit, period: false));
        Assert.Equal(3m, await Days(county.Id, period: false));
        // The move is audited as a named action besides the row change.
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "迁移组织" && e.EntityKey == village.Id.ToString(), ct));
    }

    /// <summary>A county-tier campaign of April–May 2007 with one group stationed in both villages and one person.</summary>
    private static async Task<(Campaign, ResearchGroup, Participant)> CampaignInAsync(DundianDbContext db, OrgUnit owner, OrgUnit v1, OrgUnit v2)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var campaign = new Campaign
        {
            Name = "合并测试" + tag, Theme = "测试", Tier = CampaignTier.Township, OrgUnitId = owner.Id,
            StartDate = new DateOnly(2007, 4, 1), EndDate = new DateOnly(2007, 5, 31),
        };
        var person = new Participant { Campaign = campaign, Name = "蹲点人" + tag, Category = ParticipantCategory.TownshipLeadership };
        var group = new ResearchGroup { Campaign = campaign, Name = "合并测试组" + tag };
        group.Members.Add(person);
        foreach (var v in new[] { v1, v2 })
            group.LiaisonVillages.Add(new LiaisonVillage { VillageId = v.Id, FromDate = campaign.StartDate, ToDate = campaign.EndDate });
        db.ResearchGroups.Add(group);
        await db.SaveChangesAsync();
        return (campaign, group, person);
    }

    private static FieldLogInput Stay(Participant p, OrgUnit village, int from, int to, int households, int talks, int symposiums, int month = 4) => new()
    {
        ParticipantId = p.Id, VillageId = village.Id,
        StartDate = new DateOnly(2007, month, from), EndDate = new DateOnly(2007, month, to),
        HouseholdsVisited = households, Talks = talks, Symposiums = symposiums,
    };
}

public sealed class VillageMergeTestsOnSqlite(SqliteCampaignDatabase db) : VillageMergeTests(db), IClassFixture<SqliteCampaignDatabase>;
public sealed class VillageMergeTestsOnPostgres(PostgresCampaignDatabase db) : VillageMergeTests(db), IClassFixture<PostgresCampaignDatabase>;
