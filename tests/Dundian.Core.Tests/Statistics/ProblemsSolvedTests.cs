using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>解决实际问题 is counted from resolved concerns of the campaign's field work, not from the logs' own count.</summary>
public abstract class ProblemsSolvedTests(CampaignDatabase data)
{
    [Fact]
    public async Task The_county_figure_drills_down_to_66_resolved_concerns_without_personal_data()
    {
        await using var scope = data.NewScope();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        Assert.IsType<ResolvedConcernsIndicator>(stats.Catalogue.Get(IndicatorKeys.ProblemsSolved));
        var rows = await stats.DrillDownAsync(IndicatorKeys.ProblemsSolved, new IndicatorFilter { CampaignId = data.CountyCampaignId });
        Assert.Equal(66, rows.Count);
        Assert.All(rows, r => Assert.Equal("Concern", r.RecordType));
        Assert.All(rows, r => Assert.DoesNotContain("1380000", r.Title));

        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var ids = rows.Select(r => (int)r.RecordId).ToList();
        var counted = await db.Concerns.Where(c => ids.Contains(c.Id)).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(counted, c => Assert.Contains(c.Status, new[] { ConcernStatus.Resolved, ConcernStatus.FollowedUp }));
        Assert.Contains(counted, c => c.Source == ConcernSource.FieldVisit && c.FieldLogId != null);
        Assert.Contains(counted, c => c.Source is ConcernSource.Portal or ConcernSource.Hotline);
        // The demo also has open, reopened, merged and unassigned concerns: they exist but do not count.
        Assert.True(await db.Concerns.CountAsync(c => c.Status != ConcernStatus.Resolved && c.Status != ConcernStatus.FollowedUp,
            TestContext.Current.CancellationToken) >= 4);
    }

    [Fact]
    public async Task The_field_logs_own_count_is_no_longer_summed()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var township = await stats.ComputeAsync(IndicatorKeys.ProblemsSolved, new IndicatorFilter { CampaignId = data.TownshipCampaignId });
        var ownCount = await db.FieldLogs.Where(l => l.CampaignId == data.TownshipCampaignId)
            .SumAsync(l => l.ProblemsSolvedOnSpot, TestContext.Current.CancellationToken);
        Assert.Equal(2, township.Value); // its two resolved concerns, not the logs' 4
        Assert.NotEqual(ownCount, township.Value);
    }
}

public sealed class ProblemsSolvedTestsOnSqlite(SqliteCampaignDatabase data) : ProblemsSolvedTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class ProblemsSolvedTestsOnPostgres(PostgresCampaignDatabase data) : ProblemsSolvedTests(data), IClassFixture<PostgresCampaignDatabase>;
