using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Dundian.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Web.Tests.Search;

/// <summary>
/// Publishes an article straight through the DbContext and the indexer, as the future publish code will
/// (there is no editor yet).
/// </summary>
public static class TestArticles
{
    public const string SeedTitle = "象山县扎实推进县乡两级领导干部蹲点调研活动";

    public static Task<int> PublishAsync(DundianApp app, string channelSlug, string title, string bodyHtml,
        ArticleStatus status = ArticleStatus.Published) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var channel = await db.Channels.FirstAsync(c => c.Slug == channelSlug);
            var now = DateTime.UtcNow;
            var article = new Article
            {
                ChannelId = channel.Id, Title = title, BodyHtml = bodyHtml, Status = status,
                PublishedAt = status == ArticleStatus.Published ? now : null, CreatedAt = now, UpdatedAt = now,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<ArticleIndexer>().IndexAsync(article.Id);
            return article.Id;
        });

    public static Task<int> SeedIdAsync(DundianApp app) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<DundianDbContext>().Articles.Where(a => a.Title == SeedTitle).Select(a => a.Id).SingleAsync());
}
