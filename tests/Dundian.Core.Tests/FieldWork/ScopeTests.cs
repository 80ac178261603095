using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.FieldWork;

/// <summary>Who sees which logs: a cadre his own, a group lead his group's, an office its org scope.</summary>
public abstract class ScopeTests(CampaignDatabase data)
{
    [Fact]
    public async Task A_cadre_sees_only_his_own_logs()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var county = await CampaignDatabase.UnitAsync(db, "象山县");
        var visible = await service.VisibleTo(CampaignDatabase.Actor(data.Cadre, StaffRole.Cadre, county.Path))
            .Select(l => l.Participant!.UserId).ToListAsync();
        Assert.NotEmpty(visible);
        Assert.All(visible, u => Assert.Equal(data.Cadre.Id, u));
        Assert.Equal(await db.FieldLogs.CountAsync(l => l.Participant!.UserId == data.Cadre.Id), visible.Count);
    }

    [Fact]
    public async Task A_group_lead_sees_his_groups_logs_and_no_other()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var group = await db.ResearchGroups.SingleAsync(g => g.Leader!.UserId == data.Lead.Id);
        var visible = await service.VisibleTo(CampaignDatabase.Actor(data.Lead, StaffRole.GroupLead, "/"))
            .Select(l => l.Participant!.GroupId).ToListAsync();
        Assert.All(visible, g => Assert.Equal(group.Id, g));
        Assert.Equal(await db.FieldLogs.CountAsync(l => l.Participant!.GroupId == group.Id), visible.Count);
        Assert.True(visible.Count >= 2, "李关定 and the second leader of his group both stayed");
    }

    [Fact]
    public async Task A_town_scoped_office_sees_exactly_its_towns_logs_of_both_tiers()
    {
        await using var scope = data.NewScope();
        var (db, service) = Services(scope);
        var town = await CampaignDatabase.UnitAsync(db, "石浦镇");
        var visible = await service.VisibleTo(CampaignDatabase.Actor(data.Lead, StaffRole.CampaignOffice, town.Path))
            .Select(l => new { l.Village!.Path, l.CampaignId }).ToListAsync();
        Assert.All(visible, v => Assert.StartsWith(town.Path, v.Path));
        Assert.Equal(await db.FieldLogs.CountAsync(l => l.Village!.ParentId == town.Id), visible.Count);
        Assert.Contains(visible, v => v.CampaignId == data.CountyCampaignId);
        Assert.Contains(visible, v => v.CampaignId == data.TownshipCampaignId);
    }

    [Fact]
    public async Task Without_a_campaign_role_nothing_is_visible()
    {
        await using var scope = data.NewScope();
        var (_, service) = Services(scope);
        Assert.Empty(await service.VisibleTo(CampaignDatabase.Actor(data.Cadre, StaffRole.Editor, "/")).ToListAsync());
    }

    private static (DundianDbContext, FieldLogService) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<DundianDbContext>(), scope.ServiceProvider.GetRequiredService<FieldLogService>());
}

public sealed class ScopeTestsOnSqlite(SqliteCampaignDatabase data) : ScopeTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class ScopeTestsOnPostgres(PostgresCampaignDatabase data) : ScopeTests(data), IClassFixture<PostgresCampaignDatabase>;
