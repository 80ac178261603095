using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>A demo participant linked to a fresh staff account, and what the tests need to know about him.</summary>
public sealed record LinkedStaff(HttpClient Client, AppUser User, int ParticipantId, int GroupId, string GroupName, int VillageId, int CampaignId);

/// <summary>Look-ups in the demo county campaign and accounts linked to its participants.</summary>
public static class CampaignTestData
{
    public static Task<int> CountyCampaignIdAsync(this DundianApp app) =>
        app.DbAsync(db => db.Campaigns.Where(c => c.Tier == CampaignTier.County).Select(c => c.Id).SingleAsync());

    /// <summary>Signs in a CampaignOffice account of 象山县, the unit that runs the county campaign.</summary>
    public static Task<(HttpClient Client, AppUser User)> SignInOfficeAsync(this DundianApp app) =>
        app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "象山县");

    private static int lastAddress;

    /// <summary>
    /// Signs in from an address of its own: login posts are rate-limited per client address (20 a minute), and
    /// these classes sign in more often than that. The limiter itself is tested with the accounts.
    /// </summary>
    public static Task<(HttpClient Client, AppUser User)> SignInFromOwnAddressAsync(this DundianApp app, StaffRole role, string orgUnitName)
    {
        var n = Interlocked.Increment(ref lastAddress);
        return app.SignInAsync(role, orgUnitName, role.ToString().ToLowerInvariant(), $"10.77.{n / 250 % 250}.{n % 250 + 1}");
    }

    /// <summary>
    /// Links a new <paramref name="role"/> account to a participant of the group at <paramref name="groupOrder"/>:
    /// its leader when <paramref name="leader"/>, else a member without an account and without logs of his own
    /// (so a new stay adds exactly its days to the stationed-days figure).
    /// </summary>
    public static async Task<LinkedStaff> SignInLinkedAsync(this DundianApp app, StaffRole role, int groupOrder, bool leader = false)
    {
        var campaignId = await app.CountyCampaignIdAsync();
        var (client, user) = await app.SignInFromOwnAddressAsync(role, "象山县");
        var (participantId, groupId, groupName, villageId) = await app.DbAsync(async db =>
        {
            var group = await db.ResearchGroups.Include(g => g.LiaisonVillages)
                .SingleAsync(g => g.CampaignId == campaignId && g.SortOrder == groupOrder);
            var person = leader
                ? await db.Participants.SingleAsync(p => p.Id == group.LeaderId)
                : await db.Participants.Where(p => p.GroupId == group.Id && p.UserId == null && p.Id != group.LeaderId)
                    .Where(p => !db.FieldLogs.Any(l => l.ParticipantId == p.Id)).OrderBy(p => p.Id).FirstAsync();
            person.UserId = user.Id;
            await db.SaveChangesAsync();
            return (person.Id, group.Id, group.Name, group.LiaisonVillages[0].VillageId);
        });
        return new LinkedStaff(client, user, participantId, groupId, groupName, villageId, campaignId);
    }

    public static Task<int> FieldLogCountAsync(this DundianApp app) => app.DbAsync(db => db.FieldLogs.CountAsync());

    /// <summary>The form's fields for a valid stay of <paramref name="staff"/>; tests change one field to make it bad.</summary>
    public static Dictionary<string, string> StayForm(LinkedStaff staff, string start = "2007-04-10", string end = "2007-04-11",
        int households = 5) => new()
    {
        ["Input.ParticipantId"] = staff.ParticipantId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.VillageId"] = staff.VillageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.StartDate"] = start, ["Input.EndDate"] = end,
        ["Input.HouseholdsVisited"] = households.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Talks"] = "3", ["Input.Location"] = "", ["Input.Notes"] = "",
    };

    public static void AssertRedirectTo(HttpResponseMessage response, string path)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(path, response.RedirectTarget());
    }
}
