using Dundian.Core.Bulletins;
using Dundian.Core.FieldWork;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Bulletins;

/// <summary>The seed's 「编发简报21期」 and its anthology of 36 notes, as the demo loads them.</summary>
public abstract class DemoBulletinTests(CampaignDatabase data)
{
    [Fact]
    public async Task Twenty_one_issues_numbered_without_gaps_dated_across_the_campaign()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var series = await db.BulletinSeries.SingleAsync(s => s.CampaignId == data.CountyCampaignId);
        Assert.Equal(("蹲点调研活动简报", "县主题实践活动办公室", 21), (series.Name, series.IssuingUnit, series.LastNumber));
        var issues = await db.Bulletins.Where(b => b.SeriesId == series.Id).OrderBy(b => b.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 21), issues.Select(b => b.Number!.Value));
        Assert.All(issues, b => Assert.Equal((BulletinStatus.Issued, b.IssueDate), (b.Status, b.CutOff)));
        Assert.Equal(new DateOnly(2007, 3, 22), issues[0].IssueDate);
        Assert.Equal(new DateOnly(2007, 5, 31), issues[^1].IssueDate);
        Assert.True(issues.Zip(issues.Skip(1)).All(p => p.First.IssueDate < p.Second.IssueDate));
    }

    [Fact]
    public async Task Each_issue_is_frozen_as_of_its_date_early_ones_smaller_and_the_last_prints_the_seed()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var issues = await db.Bulletins.Include(b => b.Figures).Where(b => b.Series!.CampaignId == data.CountyCampaignId)
            .OrderBy(b => b.Number).AsSplitQuery().ToListAsync();
        var visited = issues.Select(b => b.Figures.Single(f => f.IndicatorKey == IndicatorKeys.HouseholdsVisited).Value).ToList();
        Assert.True(visited.Zip(visited.Skip(1)).All(p => p.First <= p.Second), string.Join(",", visited));
        Assert.True(visited[2] < visited[^1]);

        var last = issues[^1];
        Assert.Equal(14, last.Figures.Count);
        foreach (var (key, value, printed, unit) in Seed)
        {
            var figure = last.Figures.Single(f => f.IndicatorKey == key);
            Assert.Equal((value, printed, unit), (figure.Value, figure.DisplayValue, figure.DisplayUnit));
            Assert.Contains(printed + unit, last.StatisticsText);
            // The records behind it add up to it.
            Assert.Equal(value, figure.Records.Sum(r => r.Value));
        }
        Assert.StartsWith("据统计,截至2007年5月31日,累计进村蹲点调研时间达219天", last.StatisticsText);

        // Frozen by the same statistics the dashboard uses: each issue equals a fresh computation as of its date.
        var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var fifth = issues[4];
        foreach (var f in fifth.Figures)
            Assert.Equal(f.Value, (await statistics.ComputeAsync(f.IndicatorKey, FiguresAsOf.Filter(data.CountyCampaignId, fifth.CutOff!.Value))).Value);
    }

    [Fact]
    public async Task The_anthology_holds_the_36_published_notes_masked_in_group_order()
    {
        await using var scope = data.NewScope();
        var anthology = scope.ServiceProvider.GetRequiredService<Anthology>();
        var notes = await anthology.ListAsync(data.CountyCampaignId, WritingKind.FieldNote);
        Assert.Equal(36, notes.Count);
        Assert.Equal("上渔船、访渔民、住渔家——东门渔村蹲点手记", notes[0].Title);
        Assert.Equal("第1调研组", notes[0].Group);
        var firstGroup = await anthology.ListAsync(data.CountyCampaignId, WritingKind.FieldNote, groupId: await GroupIdAsync(scope, "第1调研组"));
        Assert.Equal(2, firstGroup.Count);
        var reports = await anthology.ListAsync(data.CountyCampaignId, WritingKind.ResearchReport);
        Assert.Equal(12, reports.Count);
        // By dates: the notes written on the first note's day only.
        var day = notes[0].Date;
        var thatDay = await anthology.ListAsync(data.CountyCampaignId, WritingKind.FieldNote, from: day, to: day);
        Assert.NotEmpty(thatDay);
        Assert.All(thatDay, n => Assert.Equal(day, n.Date));
        Assert.Equal(notes.Count(n => n.Date == day), thatDay.Count);
    }

    // PRODUCT.md's table of the seed's 14 figures: key, value in the base unit, printed value and unit.
    private static readonly (string, decimal, string, string)[] Seed =
    [
        (IndicatorKeys.StationedDays, 219, "219", "天"), (IndicatorKeys.FieldNotes, 36, "36", "篇"),
        (IndicatorKeys.ResearchReports, 18, "18", "篇"), (IndicatorKeys.Symposiums, 78, "78", "次"),
        (IndicatorKeys.HouseholdsVisited, 471, "471", "户"), (IndicatorKeys.Talks, 874, "874", "人次"),
        (IndicatorKeys.ConsolationHouseholds, 120, "120", "户"), (IndicatorKeys.ConsolationMoney, 65_000, "6.5", "万元"),
        (IndicatorKeys.PolicyTalks, 34, "34", "次"), (IndicatorKeys.DialogueParticipants, 1170, "1170", "人次"),
        (IndicatorKeys.ProblemsSolved, 66, "66", "个"), (IndicatorKeys.PracticalProjects, 187, "187", "件"),
        (IndicatorKeys.ProjectFunds, 10_860_000, "1086", "万元"), (IndicatorKeys.DevelopmentPlans, 406, "406", "个"),
    ];

    private static async Task<int> GroupIdAsync(AsyncServiceScope scope, string name) =>
        await scope.ServiceProvider.GetRequiredService<DundianDbContext>().ResearchGroups
            .Where(g => g.Name == name && g.Campaign!.Tier == Core.Campaigns.CampaignTier.County).Select(g => g.Id).SingleAsync();
}

public sealed class DemoBulletinTestsOnSqlite(SqliteCampaignDatabase data) : DemoBulletinTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class DemoBulletinTestsOnPostgres(PostgresCampaignDatabase data) : DemoBulletinTests(data), IClassFixture<PostgresCampaignDatabase>;
