using System.Globalization;
using System.Net.Http.Headers;
using Dundian.Core.Campaigns;
using Dundian.Core.Org;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>Helpers of the campaign set-up tests: multipart posts with the page's antiforgery token, and look-ups.</summary>
public static class SetupClients
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>GETs <paramref name="url"/> for its token, then posts the fields and files as multipart/form-data.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        IDictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = await client.GetDocumentAsync(url);
        var form = new MultipartFormDataContent { { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        foreach (var (field, name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }
        return await client.PostAsync(url, form);
    }

    /// <summary>石浦镇's township campaign of the demo (by name: the tests create other campaigns in 石浦镇).</summary>
    public static Task<int> TownshipCampaignIdAsync(this DundianApp app) =>
        app.DbAsync(db => db.Campaigns.Where(c => c.Tier == CampaignTier.Township && c.Name == "石浦镇班子成员蹲点调研活动").Select(c => c.Id).SingleAsync());

    /// <summary>A village of <paramref name="townName"/> not used as a liaison village by any group of the campaign.</summary>
    public static Task<int> FreeVillageAsync(this DundianApp app, string townName, int campaignId) =>
        app.DbAsync(db => db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.Parent!.Name == townName)
            .Where(u => !db.LiaisonVillages.Any(l => l.VillageId == u.Id && l.Group!.CampaignId == campaignId))
            .OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());

    public static Task<int> AuditCountAsync(this DundianApp app, string entityType, string userId) =>
        app.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == entityType && a.UserId == userId));
}
