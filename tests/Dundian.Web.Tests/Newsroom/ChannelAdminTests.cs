using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Newsroom;

/// <summary>The channel admin page (levels, reviewers, list style) and the dashboard's freshness warnings.</summary>
public abstract class ChannelAdminTests(DundianApp app)
{
    [Fact]
    public async Task An_admin_creates_a_channel_with_two_levels_and_a_reviewer_per_level_and_the_change_is_audited()
    {
        var (admin, adminUser) = await app.SignInAsync(StaffRole.SystemAdmin, "宁波市", "admin", ConcernClients.NewIp());
        var (_, first) = await app.SignInAsync(StaffRole.Reviewer, "宁波市", "rv", ConcernClients.NewIp());
        var (_, second) = await app.SignInAsync(StaffRole.Reviewer, "宁波市", "rv", ConcernClients.NewIp());
        var (_, county) = await app.SignInAsync(StaffRole.Reviewer, "象山县", "rv", ConcernClients.NewIp());
        var form = await admin.GetDocumentAsync("/manage/channels/edit");
        // Only reviewers granted on the portal's unit are offered.
        Assert.NotNull(form.QuerySelector($"input[value='1:{first.Id}']"));
        Assert.Null(form.QuerySelector($"input[value='1:{county.Id}']"));

        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Slug", slug), new("Input.Name", "基层党建"), new("Input.SortOrder", "50"), new("Input.ListStyle", "PictureList"),
            new("Input.ReviewLevels", "2"), new("Input.StaleAfterDays", "30"),
            new("Input.Reviewers", $"1:{first.Id}"), new("Input.Reviewers", $"2:{first.Id}"),
        };
        var twice = await PostAsync(admin, "/manage/channels/edit", fields);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("同一人不能审核同一稿件的两级", await twice.TextAsync());
        Assert.False(await app.DbAsync(db => db.Channels.AnyAsync(c => c.Slug == slug)));

        fields[^1] = new("Input.Reviewers", $"2:{second.Id}");
        fields.Add(new("Input.Reviewers", $"3:{county.Id}")); // above the level count and not offered: dropped
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/manage/channels/edit", fields)).StatusCode);
        var channel = await app.DbAsync(db => db.Channels.SingleAsync(c => c.Slug == slug));
        Assert.Equal((2, ChannelListStyle.PictureList, 30), (channel.ReviewLevels, channel.ListStyle, channel.StaleAfterDays));
        var assigned = await app.DbAsync(db => db.ChannelReviewers.Where(r => r.ChannelId == channel.Id).OrderBy(r => r.Level)
            .Select(r => new { r.Level, r.UserId }).ToListAsync());
        Assert.Equal([(1, first.Id), (2, second.Id)], assigned.Select(a => (a.Level, a.UserId)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Channel)
            && e.EntityKey == channel.Id.ToString() && e.UserId == adminUser.Id)));
        Assert.Contains("基层党建", (await admin.GetDocumentAsync("/manage/channels")).QuerySelector("#channel-tree")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_warns_about_channels_without_a_recent_article()
    {
        var (editor, _) = await app.EditorAsync();
        var dashboard = await editor.GetDocumentAsync("/manage/newsroom");
        // The demo's articles are from 2007: 全市动态 is overdue against the two-week rule.
        var row = dashboard.QuerySelectorAll("#stale-channels tbody tr").Single(r => r.Children[0].TextContent == "全市动态");
        Assert.StartsWith("2007/5/", row.Children[1].TextContent);
        Assert.Equal("14 天", row.Children[3].TextContent);
    }

    [Fact]
    public async Task A_channel_put_in_the_bar_and_taken_out_again_shows_on_the_public_pages_at_once()
    {
        // The bar is kept in memory and the home page in the output cache: both must follow the save at once.
        var reader = app.CreateClient();
        async Task<string> BarAsync(string url) => (await reader.GetDocumentAsync(url)).QuerySelector("nav.channel-bar")!.TextContent;
        Assert.DoesNotContain("红色教育", await BarAsync("/"));
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, "宁波市", "baradmin", ConcernClients.NewIp());
        var slug = "b" + Guid.NewGuid().ToString("N")[..8];
        List<KeyValuePair<string, string>> Fields(bool inBar) =>
        [
            new("Input.Slug", slug), new("Input.Name", "红色教育"), new("Input.SortOrder", "60"), new("Input.ListStyle", "TextList"),
            new("Input.ReviewLevels", "1"), .. inBar ? [new KeyValuePair<string, string>("Input.InChannelBar", "true")] : Array.Empty<KeyValuePair<string, string>>(),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/manage/channels/edit", Fields(inBar: true))).StatusCode);
        Assert.Contains("红色教育", await BarAsync("/"));
        Assert.Contains("红色教育", await BarAsync("/bulletins"));

        var id = await app.DbAsync(db => db.Channels.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, $"/manage/channels/edit/{id}", Fields(inBar: false))).StatusCode);
        Assert.DoesNotContain("红色教育", await BarAsync("/"));
        Assert.DoesNotContain("红色教育", await BarAsync("/bulletins"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = Html.AntiforgeryToken(await client.GetDocumentAsync(url));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }
}

public sealed class ChannelAdminTestsOnSqlite(SqliteApp app) : ChannelAdminTests(app), IClassFixture<SqliteApp>;
public sealed class ChannelAdminTestsOnPostgres(PostgresApp app) : ChannelAdminTests(app), IClassFixture<PostgresApp>;
