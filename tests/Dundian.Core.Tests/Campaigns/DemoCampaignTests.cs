using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Campaigns;

/// <summary>The demo campaign is the seed's: its people, places, topics and documents.</summary>
public abstract class DemoCampaignTests(CampaignDatabase data)
{
    [Fact]
    public async Task The_county_campaign_carries_the_seeds_theme_dates_and_documents()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var c = await db.Campaigns.Include(x => x.Activities).Include(x => x.OrgUnit).SingleAsync(x => x.Id == data.CountyCampaignId);
        Assert.Equal(("联镇带村谋发展,蹲点联系办实事", new DateOnly(2007, 3, 22), new DateOnly(2007, 5, 31), "象山县"),
            (c.Theme, c.StartDate, c.EndDate, c.OrgUnit!.Name));
        Assert.Equal(10, c.Activities.Count);
        Assert.Contains("六个一", c.Requirements);
        Assert.Contains("关于开展县级领导班子成员", c.NoticeHtml);
        var township = await db.Campaigns.Include(x => x.OrgUnit).SingleAsync(x => x.Id == data.TownshipCampaignId);
        Assert.Equal((CampaignTier.Township, "石浦镇"), (township.Tier, township.OrgUnit!.Name));
    }

    [Fact]
    public async Task Zhou_and_li_lead_their_groups_in_the_seeds_villages_with_the_seeds_topics()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var topics = await db.ResearchTopics.Where(t => t.CampaignId == data.CountyCampaignId)
            .Select(t => new { t.Title, Person = t.Participant!.Name, Village = t.Participant.Group!.LiaisonVillages.Select(l => l.Village!.Name).Single() })
            .Where(t => t.Person != null).ToListAsync();
        Assert.Contains(topics, t => (t.Title, t.Person, t.Village) == ("挖掘渔文化,发展渔家乐", "周江勇", "东门渔村"));
        Assert.Contains(topics, t => (t.Title, t.Person, t.Village) == ("空心村改造", "李关定", "桥头林村"));
        var firstStay = await db.FieldLogs.Where(l => l.Participant!.Name == "周江勇").MinAsync(l => l.StartDate);
        Assert.Equal(new DateOnly(2007, 3, 22), firstStay);
        Assert.True(await db.FieldLogs.AnyAsync(l => l.Participant!.Name == "李关定" && l.Village!.Name == "桥头林村"));
    }

    [Fact]
    public async Task Eighteen_groups_each_in_the_first_village_of_a_different_town()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var villages = await db.LiaisonVillages.Where(l => l.Group!.CampaignId == data.CountyCampaignId)
            .Select(l => new { l.GroupId, l.Village!.ParentId, l.Village.SortOrder, l.Village.Level }).ToListAsync();
        Assert.Equal(18, villages.Select(v => v.GroupId).Distinct().Count());
        Assert.Equal(18, villages.Select(v => v.ParentId).Distinct().Count());
        Assert.All(villages, v => Assert.Equal((OrgLevel.Village, 1), (v.Level, v.SortOrder)));
        var sizes = await db.ResearchGroups.Where(g => g.CampaignId == data.CountyCampaignId)
            .Select(g => new { g.Members.Count, LeaderIsMember = g.Members.Any(m => m.Id == g.LeaderId) }).ToListAsync();
        Assert.All(sizes, s => Assert.True(s.Count >= 5 && s.LeaderIsMember));
    }
}

public sealed class DemoCampaignTestsOnSqlite(SqliteCampaignDatabase data) : DemoCampaignTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class DemoCampaignTestsOnPostgres(PostgresCampaignDatabase data) : DemoCampaignTests(data), IClassFixture<PostgresCampaignDatabase>;
