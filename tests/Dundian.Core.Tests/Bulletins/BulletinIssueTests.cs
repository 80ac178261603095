using Dundian.Core.Bulletins;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Bulletins;

/// <summary>
/// Issuing: numbers gap-free and unique under races, figures frozen against later (back-dated) records, and bad
/// input refused with a Chinese message and nothing changed. Each test works in its own new series of the demo campaign.
/// </summary>
public abstract class BulletinIssueTests(CampaignDatabase data)
{
    private static readonly DateOnly CutOff = new(2007, 4, 30);

    [Fact]
    public async Task Issued_figures_and_records_stay_as_printed_when_records_are_added_and_backdated_later()
    {
        var seriesId = await NewSeriesAsync();
        var id = await SignedDraftAsync(seriesId, CutOff);
        await using (var scope = data.NewScope())
        {
            var issued = await scope.ServiceProvider.GetRequiredService<BulletinDesk>().IssueAsync(id);
            Assert.Equal((1, BulletinStatus.Issued, new DateOnly(2007, 5, 8)), (issued.Number!.Value, issued.Status, issued.IssueDate!.Value));
        }
        var before = await SnapshotAsync(id);
        var visitedBefore = before.Figures.Single(f => f.IndicatorKey == IndicatorKeys.HouseholdsVisited);

        // After issue: a stay back-dated into April with 5 households, and a note submitted back in April.
        long logId;
        await using (var scope = data.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
            var person = await db.Participants.Include(p => p.Group!).ThenInclude(g => g.LiaisonVillages).ThenInclude(l => l.Village)
                .FirstAsync(p => p.CampaignId == data.CountyCampaignId && p.Name == "周江勇");
            var village = person.Group!.LiaisonVillages[0].Village!;
            var log = new FieldLog
            {
                CampaignId = data.CountyCampaignId, ParticipantId = person.Id, VillageId = village.Id, VillagePath = village.Path,
                StartDate = new DateOnly(2007, 4, 10), EndDate = new DateOnly(2007, 4, 10), HouseholdsVisited = 5, CreatedAt = DateTime.UtcNow,
            };
            db.FieldLogs.Add(log);
            await db.SaveChangesAsync();
            logId = log.Id;
        }

        var after = await SnapshotAsync(id);
        Assert.Equal(before.StatisticsText, after.StatisticsText);
        Assert.Equal(before.Figures.Select(f => (f.IndicatorKey, f.Value, f.DisplayValue, f.RecordsJson, f.FilterJson)),
            after.Figures.Select(f => (f.IndicatorKey, f.Value, f.DisplayValue, f.RecordsJson, f.FilterJson)));

        await using (var scope = data.NewScope())
        {
            var compare = await scope.ServiceProvider.GetRequiredService<FiguresAsOf>().CompareAsync(after.Figures);
            var visited = compare.Single(c => c.Printed.IndicatorKey == IndicatorKeys.HouseholdsVisited);
            Assert.Equal(visitedBefore.Value, visited.Printed.Value);
            Assert.Equal(visitedBefore.Value + 5, visited.Today.Value);
            var added = Assert.Single(visited.Added);
            Assert.Equal(("FieldLog", logId), (added.RecordType, added.RecordId));
            Assert.Contains("印发后补录截止日前的记录1条", visited.Explanation);
            // The printed drill-down does not contain the new record; a figure the log does not touch is unchanged.
            Assert.DoesNotContain(visited.Printed.Records, r => r.RecordType == "FieldLog" && r.RecordId == logId);
            Assert.True(compare.Single(c => c.Printed.IndicatorKey == IndicatorKeys.DevelopmentPlans).Same);
        }
    }

    [Fact]
    public async Task Two_issues_racing_for_a_number_get_consecutive_numbers()
    {
        var seriesId = await NewSeriesAsync();
        var first = await SignedDraftAsync(seriesId, CutOff);
        var second = await SignedDraftAsync(seriesId, CutOff);
        // Both at once, each in its own scope (connection): one wins the counter, the other retries on a fresh tracker.
        var results = await Task.WhenAll(IssueInScopeAsync(first), IssueInScopeAsync(second));
        Assert.Equal(new[] { 1, 2 }, results.Order());

        // Deterministic race: another issue commits between the desk's read of the counter and its save.
        var third = await SignedDraftAsync(seriesId, CutOff);
        await using (var scope = data.NewScope())
        {
            var desk = DeskWithRival(scope, seriesId, rivalTimes: 1, attempts: 2);
            Assert.Equal(4, (await desk.IssueAsync(third)).Number); // the rival took 3
        }
        await using var check = data.NewScope();
        var db = check.ServiceProvider.GetRequiredService<DundianDbContext>();
        Assert.Equal(4, (await db.BulletinSeries.SingleAsync(s => s.Id == seriesId)).LastNumber);
    }

    [Fact]
    public async Task A_lost_race_without_retries_left_is_refused_in_chinese_and_changes_nothing()
    {
        var seriesId = await NewSeriesAsync();
        var id = await SignedDraftAsync(seriesId, CutOff);
        await using (var scope = data.NewScope())
        {
            var desk = DeskWithRival(scope, seriesId, rivalTimes: 3, attempts: 3);
            var e = await Assert.ThrowsAsync<ValidationException>(() => desk.IssueAsync(id));
            Assert.Contains("编号未能分配,本期未印发", e.Message);
        }
        var after = await SnapshotAsync(id);
        Assert.Equal((BulletinStatus.Signed, (int?)null, 0), (after.Status, after.Number, after.Figures.Count));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_chinese_message_and_nothing_changes()
    {
        var seriesId = await NewSeriesAsync();
        await using var scope = data.NewScope();
        var desk = scope.ServiceProvider.GetRequiredService<BulletinDesk>();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();

        // Without a cut-off: 送审 refused.
        var draft = await desk.NewDraftAsync(seriesId);
        desk.AddWritten(draft, "工作动态", "<p>各组深入联系村。</p>");
        await db.SaveChangesAsync();
        Assert.Contains("统计截止日期", Assert.Throws<ValidationException>(() => draft.Submit()).Message);

        // Empty: no item and no 据统计 wording.
        var empty = await desk.NewDraftAsync(seriesId);
        desk.Edit(empty, "空", CutOff, "", null, null, null, null, null, 10);
        Assert.Contains("没有任何内容", Assert.Throws<ValidationException>(() => empty.Submit()).Message);

        // A typed number in the wording, an unknown placeholder, a future cut-off.
        Assert.Contains("数字只能由占位符生成", Assert.Throws<ValidationException>(() =>
            desk.Edit(empty, "", CutOff, "据统计,走访农户500户。", null, null, null, null, null, 10)).Message);
        Assert.Contains("不是已有的统计指标", Assert.Throws<ValidationException>(() =>
            desk.Edit(empty, "", CutOff, "据统计,走访{nothing}。", null, null, null, null, null, 10)).Message);
        Assert.Contains("不能晚于今天", Assert.Throws<ValidationException>(() =>
            desk.Edit(empty, "", new DateOnly(2030, 1, 1), "", null, null, null, null, null, 10)).Message);

        // Issuing a draft (not signed) is refused and takes no number.
        var e = await Assert.ThrowsAsync<ValidationException>(() => desk.IssueAsync(draft.Id));
        Assert.Equal("草稿的简报不能印发", e.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(0, (await db.BulletinSeries.SingleAsync(s => s.Id == seriesId)).LastNumber);
        Assert.Equal(BulletinStatus.Draft, (await db.Bulletins.SingleAsync(b => b.Id == draft.Id)).Status);
    }

    [Fact]
    public async Task Issued_text_is_never_edited_withdrawal_keeps_the_number_and_a_correction_is_a_new_issue()
    {
        var seriesId = await NewSeriesAsync();
        var id = await SignedDraftAsync(seriesId, CutOff);
        await using var scope = data.NewScope();
        var desk = scope.ServiceProvider.GetRequiredService<BulletinDesk>();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var issued = await desk.IssueAsync(id);
        Assert.Contains("不能修改", Assert.Throws<ValidationException>(() =>
            desk.Edit(issued, "改", CutOff, "", null, null, null, null, null, 1)).Message);
        Assert.Contains("不能修改", Assert.Throws<ValidationException>(() => issued.AddItem("x", "<p>x</p>")).Message);
        Assert.Contains("必须填写理由", Assert.Throws<ValidationException>(() => issued.Withdraw(" ", DateTime.UtcNow)).Message);
        issued.Withdraw("数据口径有误", DateTime.UtcNow);
        await db.SaveChangesAsync();

        var erratum = await desk.NewDraftAsync(seriesId, issued.Id);
        Assert.Equal((issued.Id, "关于第1期的更正"), (erratum.CorrectsId, erratum.Title));
        desk.AddWritten(erratum, "更正", "<p>第1期所载数据有误,特此更正。</p>");
        desk.Edit(erratum, erratum.Title, CutOff, "", null, "王建国", null, null, null, 10);
        erratum.Submit();
        erratum.Sign(null);
        await db.SaveChangesAsync();
        Assert.Equal(2, (await desk.IssueAsync(erratum.Id)).Number);
        db.ChangeTracker.Clear();
        var withdrawn = await db.Bulletins.SingleAsync(b => b.Id == id);
        Assert.Equal((BulletinStatus.Withdrawn, 1, "数据口径有误"), (withdrawn.Status, withdrawn.Number!.Value, withdrawn.WithdrawReason!));
    }

    private async Task<int> NewSeriesAsync()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var series = BulletinSeries.Create(data.CountyCampaignId, "测试简报" + Guid.NewGuid().ToString("N")[..8], "县主题实践活动办公室");
        db.BulletinSeries.Add(series);
        await db.SaveChangesAsync();
        return series.Id;
    }

    private async Task<int> SignedDraftAsync(int seriesId, DateOnly cutOff)
    {
        await using var scope = data.NewScope();
        var desk = scope.ServiceProvider.GetRequiredService<BulletinDesk>();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var draft = await desk.NewDraftAsync(seriesId);
        desk.Edit(draft, "蹲点调研活动进展", cutOff, draft.StatisticsTemplate, "陈静", null, "市委组织部", null, "各镇乡(街道)", 30);
        desk.AddWritten(draft, "工作动态", "<p>各调研组深入联系村。</p>");
        draft.Submit();
        draft.Sign("王建国");
        await db.SaveChangesAsync();
        return draft.Id;
    }

    private async Task<int> IssueInScopeAsync(int id)
    {
        await using var scope = data.NewScope();
        return (await scope.ServiceProvider.GetRequiredService<BulletinDesk>().IssueAsync(id)).Number!.Value;
    }

    private BulletinDesk DeskWithRival(AsyncServiceScope scope, int seriesId, int rivalTimes, int attempts)
    {
        var options = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(options, data.Database.Options);
        options.AddInterceptors(new RivalIssue(() => data.Database.NewContext(), seriesId) { Times = rivalTimes });
        var db = new DundianDbContext(options.Options);
        var sp = scope.ServiceProvider;
        var catalogue = sp.GetRequiredService<IndicatorCatalogue>();
        return new BulletinDesk(db, catalogue, new FiguresAsOf(new StatisticsService(db, catalogue)), new PublishedWritings(db),
            sp.GetRequiredService<HtmlCleaner>(), sp.GetRequiredService<TimeProvider>()) { IssueAttempts = attempts };
    }

    private async Task<Bulletin> SnapshotAsync(int id)
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        return await db.Bulletins.AsNoTracking().Include(b => b.Figures).SingleAsync(b => b.Id == id);
    }
}

public sealed class BulletinIssueTestsOnSqlite(SqliteCampaignDatabase data) : BulletinIssueTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class BulletinIssueTestsOnPostgres(PostgresCampaignDatabase data) : BulletinIssueTests(data), IClassFixture<PostgresCampaignDatabase>;
