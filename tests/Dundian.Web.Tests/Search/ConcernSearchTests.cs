using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Search;
using Dundian.Testing;
using Dundian.Web.Search;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Search;

/// <summary>Resolved concerns in the site search: public text only, added on 办结, removed when reopened or merged.</summary>
public abstract class ConcernSearchTests(DundianApp app)
{
    private static string Url(string query) => "/search?q=" + Uri.EscapeDataString(query);

    private static string Anchor(string number) => "#" + ConcernIndexer.Anchor(number);

    private async Task<HttpClient> OfficeAsync() =>
        (await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "office", ConcernClients.NewIp())).Item1;

    private static async Task ResolveAsync(HttpClient staff, int id, string unit, string result)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Assign", new() { ["unitId"] = unit })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Start")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Resolve", new() { ["result"] = result })).StatusCode);
    }

    private static IEnumerable<string> HitLinks(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")!);

    [Fact]
    public async Task A_resolved_concern_is_found_by_a_word_of_its_description_without_the_reporter_and_leaves_when_reopened()
    {
        // The resident typed their own phone into the text too; the public list masks it, so must the index.
        var concern = await app.SeedConcernAsync("东门渔村",
            $"村口化粪池满溢,污水流到路面,请尽快清理。联系电话{ConcernClients.Phone}");
        var staff = await OfficeAsync();
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(CultureInfo.InvariantCulture);
        var village = await app.OrgUnitIdAsync("东门渔村");
        var client = app.CreateClient();

        Assert.DoesNotContain(HitLinks(await client.GetDocumentAsync(Url("化粪池"))), h => h.EndsWith(Anchor(concern.TrackingNumber), StringComparison.Ordinal));

        await ResolveAsync(staff, concern.Id, unit, "镇环卫站已抽运化粪池并冲洗路面。");
        var response = await client.GetAsync(Url("化粪池"));
        var html = await response.Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var link = Assert.Single(HitLinks(doc), h => h.EndsWith(Anchor(concern.TrackingNumber), StringComparison.Ordinal));
        Assert.Equal($"/concerns/resolved?village={village}{Anchor(concern.TrackingNumber)}", link);
        Assert.DoesNotContain(ConcernClients.Phone, html);
        Assert.DoesNotContain(ConcernClients.Name, html);
        Assert.DoesNotContain("蒋**", html);

        // The linked entry exists on the public list.
        var list = await client.GetDocumentAsync($"/concerns/resolved?village={village}");
        Assert.NotNull(list.GetElementById(ConcernIndexer.Anchor(concern.TrackingNumber)));

        // Nothing personal is in the index at all: neither the phone nor the name finds the concern.
        var index = app.Services.GetRequiredService<SearchIndex>();
        Assert.Contains(index.Search(new SearchQuery("环卫站")).Hits, h => h.Key == ConcernIndexer.Key(concern.Id)); // the reply too
        foreach (var personal in new[] { ConcernClients.Phone, ConcernClients.Name, "蒋" })
            Assert.DoesNotContain(index.Search(new SearchQuery(personal)).Hits, h => h.Key == ConcernIndexer.Key(concern.Id));

        // 回访 unsatisfied reopens it: it leaves the index.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(concern.Id, "FollowUp",
            new() { ["verdict"] = nameof(Satisfaction.Unsatisfied) })).StatusCode);
        Assert.DoesNotContain(HitLinks(await client.GetDocumentAsync(Url("化粪池"))), h => h.EndsWith(Anchor(concern.TrackingNumber), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_merged_duplicate_leaves_the_index_and_the_rebuild_adds_resolved_concerns()
    {
        var staff = await OfficeAsync();
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(CultureInfo.InvariantCulture);
        var target = await app.SeedConcernAsync("东门渔村", "渔港冷库门口积水结冰,老人容易滑倒。");
        var duplicate = await app.SeedConcernAsync("东门渔村", "冷库门口积水结冰,请处理。");
        await ResolveAsync(staff, duplicate.Id, unit, "已铺设防滑垫。");
        var index = app.Services.GetRequiredService<SearchIndex>();
        Assert.Contains(index.Search(new SearchQuery("冷库")).Hits, h => h.Key == ConcernIndexer.Key(duplicate.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(target.Id, "Merge",
            new() { ["duplicateId"] = duplicate.Id.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        Assert.DoesNotContain(index.Search(new SearchQuery("冷库")).Hits, h => h.Key == ConcernIndexer.Key(duplicate.Id));

        // The rebuild (articles first, which empties the index) puts resolved concerns back.
        await ResolveAsync(staff, target.Id, unit, "已清除积水并铺设防滑垫。");
        // Let this node's task poll get past the resolve first, or it re-applies it into the emptied index meanwhile.
        await app.Services.GetRequiredService<Dundian.Web.Search.IndexingTaskApplier>().ApplyPendingAsync(TestContext.Current.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArticleIndexer>().RebuildAsync();
        Assert.DoesNotContain(index.Search(new SearchQuery("冷库")).Hits, h => h.Key == ConcernIndexer.Key(target.Id));
        Assert.True(await scope.ServiceProvider.GetRequiredService<ConcernIndexer>().AddAllAsync() >= 1);
        Assert.Contains(index.Search(new SearchQuery("冷库")).Hits, h => h.Key == ConcernIndexer.Key(target.Id));
    }
}

public sealed class ConcernSearchTestsOnSqlite(SqliteApp app) : ConcernSearchTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernSearchTestsOnPostgres(PostgresApp app) : ConcernSearchTests(app), IClassFixture<PostgresApp>;
