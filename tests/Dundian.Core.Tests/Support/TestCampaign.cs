using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Org;

namespace Dundian.Core.Tests.Support;

/// <summary>
/// A small campaign of its own (大徐镇, April 2007) for tests that write: one group stationed in 大徐村 for
/// April, a leader and a member, each with an account. Its records never touch the demo campaigns' figures.
/// </summary>
public sealed record TestCampaign(Campaign Campaign, ResearchGroup Group, Participant Leader, Participant Member,
    AppUser LeaderUser, AppUser MemberUser, OrgUnit Village, OrgUnit OtherVillage)
{
    public static readonly DateOnly April1 = new(2007, 4, 1);

    public static async Task<TestCampaign> CreateAsync(DundianDbContext db)
    {
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        var village = await CampaignDatabase.UnitAsync(db, "大徐村");
        var other = await CampaignDatabase.UnitAsync(db, "降渚村");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var campaign = new Campaign
        {
            Name = "测试活动" + tag, Theme = "测试", Tier = CampaignTier.Township, OrgUnitId = town.Id,
            StartDate = April1, EndDate = new DateOnly(2007, 5, 31),
        };
        var leaderUser = User("lead" + tag);
        var memberUser = User("member" + tag);
        var leader = new Participant { Campaign = campaign, Name = "组长" + tag, Category = ParticipantCategory.TownshipLeadership, UserId = leaderUser.Id };
        var member = new Participant { Campaign = campaign, Name = "组员" + tag, Category = ParticipantCategory.TownshipLeadership, UserId = memberUser.Id };
        var group = new ResearchGroup { Campaign = campaign, Name = "测试组" + tag };
        group.Members.AddRange([leader, member]);
        group.LiaisonVillages.Add(new LiaisonVillage { VillageId = village.Id, FromDate = April1, ToDate = new DateOnly(2007, 4, 30) });
        db.Users.AddRange(leaderUser, memberUser);
        db.ResearchGroups.Add(group);
        await db.SaveChangesAsync();
        group.Leader = leader;
        await db.SaveChangesAsync();
        return new TestCampaign(campaign, group, leader, member, leaderUser, memberUser, village, other);
    }

    private static AppUser User(string name) => new()
    {
        UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, CreatedAt = DateTime.UtcNow,
    };
}
