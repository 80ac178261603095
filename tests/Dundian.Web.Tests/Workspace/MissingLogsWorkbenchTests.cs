using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Workspace;

/// <summary>
/// The 工作台 item 「本组本周尚未登记蹲点日志的成员」: a group lead sees how many members of his group have no field log
/// touching this China week (Monday to Sunday) while their campaign runs — a log of last week does not count, a retired
/// member is not counted, members of other groups are not his — and the count falls as soon as a member files.
/// Its own class (own database): it adds a campaign running today, which the demo (2007) does not have.
/// </summary>
public abstract class MissingLogsWorkbenchTests(DundianApp app)
{
    private static string Count(AngleSharp.Dom.IDocument page, string title) =>
        page.QuerySelectorAll("#work-list a").FirstOrDefault(a => a.TextContent.Contains(title, StringComparison.Ordinal))
            ?.QuerySelector(".work-count")?.TextContent.Trim() ?? "0";

    private static string Href(AngleSharp.Dom.IDocument page, string title) =>
        page.QuerySelectorAll("#work-list a").First(a => a.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("href")!;

    [Fact]
    public async Task A_group_lead_sees_the_members_of_his_group_who_have_not_filed_this_week()
    {
        var (lead, leadUser) = await app.SignInFromOwnAddressAsync(StaffRole.GroupLead, "象山县");
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(DateTime.UtcNow));
        var (c, village) = await app.DbAsync(async db =>
        {
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            var v = await db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.ValidTo == null && u.Path.StartsWith(county.Path)).OrderBy(u => u.Id).FirstAsync();
            var campaign = new Campaign
            {
                Name = "本周提醒测试活动", Theme = "测试", Tier = CampaignTier.County, OrgUnitId = county.Id,
                StartDate = today.AddDays(-60), EndDate = today.AddDays(60),
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return (campaign.Id, v);
        });

        // His group: himself (leader), A filed today, B filed last week only, C nothing, D nothing but retired;
        // another group's member E filed nothing (not his).
        var people = await app.DbAsync(async db =>
        {
            var mine = new ResearchGroup { CampaignId = c, Name = "提醒测试一组" };
            var other = new ResearchGroup { CampaignId = c, Name = "提醒测试二组" };
            db.ResearchGroups.AddRange(mine, other);
            await db.SaveChangesAsync();
            Participant P(string name, ResearchGroup g) => new() { CampaignId = c, Name = name, GroupId = g.Id };
            var list = new[] { P("组长", mine), P("甲", mine), P("乙", mine), P("丙", mine), P("丁", mine), P("戊", other) };
            list[0].UserId = leadUser.Id;
            list[4].Retire("调离本县", DateTime.UtcNow);
            db.Participants.AddRange(list);
            db.LiaisonVillages.Add(new LiaisonVillage { GroupId = mine.Id, VillageId = village.Id, FromDate = today.AddDays(-60) });
            await db.SaveChangesAsync();
            mine.LeaderId = list[0].Id;
            await db.SaveChangesAsync();
            return list.Select(p => p.Id).ToArray();
        });
        async Task LogAsync(int participantId, DateOnly day) => await app.DbAsync(async db =>
        {
            db.FieldLogs.Add(new FieldLog
            {
                CampaignId = c, ParticipantId = participantId, VillageId = village.Id, VillagePath = village.Path,
                StartDate = day, EndDate = day, HouseholdsVisited = 1, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await LogAsync(people[1], today);
        await LogAsync(people[2], today.AddDays(-7)); // the Monday of this week is at most 6 days back

        var home = await lead.GetDocumentAsync("/manage");
        Assert.Equal("2", Count(home, "本组本周尚未登记蹲点日志的成员"));
        Assert.Equal("/manage/field-logs", Href(home, "本组本周尚未登记蹲点日志的成员"));
        Assert.Equal("1", Count(home, "本周我尚未登记蹲点日志"));

        // 丙 files a stay that began last week and runs into this one: it touches this week, so he is no longer missing.
        await app.DbAsync(async db =>
        {
            db.FieldLogs.Add(new FieldLog
            {
                CampaignId = c, ParticipantId = people[3], VillageId = village.Id, VillagePath = village.Path,
                StartDate = today.AddDays(-7), EndDate = today, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        home = await lead.GetDocumentAsync("/manage");
        Assert.Equal("1", Count(home, "本组本周尚未登记蹲点日志的成员"));

        // The office of the county counts every participant of its running campaign: 组长, 乙 and 戊.
        var (office, _) = await app.SignInOfficeAsync();
        Assert.Equal(3.ToString(CultureInfo.InvariantCulture), Count(await office.GetDocumentAsync("/manage"), "本周尚未登记蹲点日志的参加人员"));
    }
}

public sealed class MissingLogsWorkbenchTestsOnSqlite(SqliteApp app) : MissingLogsWorkbenchTests(app), IClassFixture<SqliteApp>;
public sealed class MissingLogsWorkbenchTestsOnPostgres(PostgresApp app) : MissingLogsWorkbenchTests(app), IClassFixture<PostgresApp>;
