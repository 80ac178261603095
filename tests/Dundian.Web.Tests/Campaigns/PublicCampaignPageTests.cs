using System.Net;
using System.Text.RegularExpressions;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>The public 专题 page of a campaign: reached from the 专题 channel, live 「据统计」 totals, no personal data.</summary>
public abstract partial class PublicCampaignPageTests(DundianApp app)
{
    [Fact]
    public async Task Topics_channel_links_to_the_campaign_page()
    {
        var id = await app.CountyCampaignIdAsync();
        var channel = await app.CreateClient().GetDocumentAsync("/channel/topics");
        Assert.NotNull(channel.QuerySelector($"a[href='/topics/campaign/{id}']"));
    }

    [Fact]
    public async Task Campaign_page_shows_the_statistics_paragraph_from_live_figures()
    {
        var id = await app.CountyCampaignIdAsync();
        var response = await app.CreateClient().GetAsync($"/topics/campaign/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var paragraph = Html.Squash(page.QuerySelector("#campaign-statistics")!.TextContent);
        Assert.StartsWith("据统计,目前,累计进村蹲点调研时间达219天,撰写驻村蹲点手记36篇", paragraph);
        foreach (var part in new[] { "走访农户471户", "与群众谈心874人次", "发放慰问金6.5万元", "项目扶助资金1086万元", "帮助制定发展计划406个" })
            Assert.Contains(part, paragraph);
        var text = Html.Squash(page.Body!.TextContent);
        Assert.Contains("联镇带村谋发展,蹲点联系办实事", text);
        Assert.Contains("219天进村蹲点调研时间", text); // the figures grid: value, unit, label
    }

    [Fact]
    public async Task Campaign_page_shows_no_personal_data()
    {
        var id = await app.CountyCampaignIdAsync();
        var html = await app.CreateClient().GetStringAsync($"/topics/campaign/{id}");
        Assert.DoesNotMatch(PhonePattern(), html);
        var households = await app.DbAsync(db => db.Households.Select(h => h.HeadName).ToListAsync());
        Assert.NotEmpty(households);
        foreach (var name in households) Assert.DoesNotContain(name, html);
        var people = await app.DbAsync(db => db.Participants.Where(p => p.CampaignId == id).Select(p => p.Name).ToListAsync());
        foreach (var name in people) Assert.DoesNotContain(name, html);
    }

    [Fact]
    public async Task Unknown_campaign_is_404()
    {
        var response = await app.CreateClient().GetAsync("/topics/campaign/99999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"1[3-9]\d{9}|1[3-9]\d\*{4}\d{4}")]
    private static partial Regex PhonePattern();
}

public sealed class PublicCampaignPageTestsOnSqlite(SqliteApp app) : PublicCampaignPageTests(app), IClassFixture<SqliteApp>;
public sealed class PublicCampaignPageTestsOnPostgres(PostgresApp app) : PublicCampaignPageTests(app), IClassFixture<PostgresApp>;
