using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Loads the demo data into an empty database: the org tree of Ningbo → Xiangshan, the portal's channels,
/// the seed article and a few others, and the seed's campaign with records adding up to
/// its figures (解决实际问题 through resolved concerns). Runs once: a database that has any org unit is left alone.
/// </summary>
public class DemoData(DundianDbContext db, OrgTree tree, HtmlCleaner cleaner, TimeProvider clock, Statistics.IndicatorCatalogue catalogue,
    Uploads.FileStore files)
{
    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.OrgUnits.AnyAsync(ct)) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LoadOrgTreeAsync(ct);
        await new CampaignDemoData(db, cleaner).LoadAsync(ct);
        await LoadPortalAsync(ct);
        // Concerns need the saved categories and the campaigns' field logs, so they come last.
        db.ConcernCategories.AddRange(ConcernDemoContent.Categories());
        await new CommitmentDemoData(db, clock).LoadAsync(ct);
        await db.SaveChangesAsync(ct);
        await ConcernDemoData.LoadAsync(db, ct);
        await TopicDemoData.LoadAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        // Last: the bulletins freeze figures from every record above.
        await BulletinDemoData.LoadAsync(db, catalogue, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task LoadOrgTreeAsync(CancellationToken ct)
    {
        var from = XiangshanOrgTree.ValidFrom;
        var city = await tree.AddAsync(null, XiangshanOrgTree.City, OrgLevel.City, from, XiangshanOrgTree.CityCode, ct: ct);
        var county = await tree.AddAsync(city, XiangshanOrgTree.County, OrgLevel.County, from, XiangshanOrgTree.CountyCode, ct: ct);
        var order = 0;
        foreach (var (townName, townCode, villages) in XiangshanOrgTree.Towns)
        {
            var town = await tree.AddAsync(county, townName, OrgLevel.Town, from, townCode + "000", sortOrder: ++order, ct: ct);
            var v = 0;
            foreach (var village in villages)
            {
                ++v;
                await tree.AddAsync(town, village, OrgLevel.Village, from, XiangshanOrgTree.VillageCode(townCode, v), sortOrder: v, ct: ct);
            }
        }
    }

    private async Task LoadPortalAsync(CancellationToken ct)
    {
        var order = 0;
        var channels = PortalDemoContent.Channels.ToDictionary(c => c.Slug,
            c => new Channel { Slug = c.Slug, Name = c.Name, InChannelBar = c.InBar, SortOrder = ++order, ListStyle = c.Style });
        db.Channels.AddRange(channels.Values);

        var seed = SeedPage.Load();
        db.Articles.Add(NewArticle(channels[PortalDemoContent.CityNewsSlug], seed.Title, "宁波党建网", seed.Date, seed.Paragraphs));
        foreach (var a in PortalDemoContent.Articles)
            db.Articles.Add(NewArticle(channels[a.ChannelSlug], a.Title, a.Source, a.Date, a.Paragraphs));
        var seedNumber = 0;
        foreach (var g in PortalDemoArticles.All())
        {
            var article = NewArticle(channels[g.ChannelSlug], g.Title, "宁波党建网", g.Date, g.Paragraphs);
            article.Summary = g.Summary;
            article.Tags = g.Tags;
            article.ViewCount = g.Views;
            if (g.Picture is { } scene)
            {
                // Drawn here rather than shipped: the demo carries no photo, and the alt text says what is drawn.
                using var png = new MemoryStream(DemoPictures.Draw(scene, ++seedNumber));
                var alt = DemoPictures.AltText(scene);
                var file = await files.SaveAsync(png, $"demo-{seedNumber}.webp", Uploads.UploadPolicy.Images, isPublic: true, altText: alt, ct: ct);
                article.CoverImageId = file.Id;
                article.BodyHtml = cleaner.Clean($"<p><img src=\"/files/{file.Id}\" alt=\"{System.Net.WebUtility.HtmlEncode(alt)}\" width=\"{DemoPictures.Width}\" height=\"{DemoPictures.Height}\"></p>") + article.BodyHtml;
            }
            db.Articles.Add(article);
        }
        db.FriendLinks.AddRange(PortalDemoContent.FriendLinks.Select((l, i) => new HomePage.FriendLink { Name = l.Name, Url = l.Url, SortOrder = i + 1 }));
        await db.SaveChangesAsync(ct);
    }

    private Article NewArticle(Channel channel, string title, string source, DateOnly date, IEnumerable<string> paragraphs)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var html = string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));
        return new Article
        {
            Channel = channel, Title = title, Source = source, Status = ArticleStatus.Published,
            BodyHtml = cleaner.Clean(html),
            PublishedAt = ChinaTime.ToUtc(date.ToDateTime(new TimeOnly(9, 0))),
            CreatedAt = now, UpdatedAt = now,
        };
    }
}
