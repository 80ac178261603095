using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Search;
using Dundian.Testing;
using Dundian.Web.Search;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Search;

/// <summary>The hook the publish and unpublish code will call: the index follows the article's status.</summary>
public abstract class ArticleIndexerTests(DundianApp app)
{
    private Task<int> HitsAsync(string text) => app.WithScopeAsync(sp =>
        Task.FromResult(sp.GetRequiredService<SearchIndex>().Search(new SearchQuery(text)).Total));

    [Fact]
    public async Task The_index_follows_publish_unpublish_and_remove()
    {
        var id = await TestArticles.PublishAsync(app, "notices", "渔文化节筹备通知", "<p>渔文化节筹备工作安排</p>");
        Assert.Equal(1, await HitsAsync("渔文化节筹备"));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var article = await db.Articles.FindAsync(id);
            article!.Status = ArticleStatus.Withdrawn;
            await db.SaveChangesAsync();
            await sp.GetRequiredService<ArticleIndexer>().IndexAsync(id);
            return 0;
        });
        Assert.Equal(0, await HitsAsync("渔文化节筹备"));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            (await db.Articles.FindAsync(id))!.Status = ArticleStatus.Published;
            await db.SaveChangesAsync();
            var indexer = sp.GetRequiredService<ArticleIndexer>();
            await indexer.IndexAsync(id);
            Assert.Equal(1, sp.GetRequiredService<SearchIndex>().Search(new SearchQuery("渔文化节筹备")).Total);
            indexer.Remove(id);
            return 0;
        });
        Assert.Equal(0, await HitsAsync("渔文化节筹备"));
    }

    [Fact]
    public async Task Drafts_are_never_indexed_and_rebuild_counts_only_public_articles()
    {
        await TestArticles.PublishAsync(app, "notices", "草稿里的海塘加固方案", "<p>海塘加固</p>", ArticleStatus.Draft);
        Assert.Equal(0, await HitsAsync("海塘加固"));

        var (count, docs) = await app.WithScopeAsync(async sp =>
        {
            var indexed = await sp.GetRequiredService<ArticleIndexer>().RebuildAsync();
            return (indexed, sp.GetRequiredService<SearchIndex>().DocumentCount);
        });
        Assert.True(count > 5);
        Assert.Equal(count, docs);
        Assert.Equal(0, await HitsAsync("海塘加固"));
    }

    [Fact]
    public async Task Org_unit_names_are_taught_to_the_tokenizer_at_start()
    {
        var tokens = await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<SearchIndex>().Tokens("走访儒雅洋村和沙塘湾村")));
        Assert.Contains("儒雅洋村", tokens);
        Assert.Contains("沙塘湾村", tokens);
    }
}

public sealed class ArticleIndexerTestsOnSqlite(SqliteApp app) : ArticleIndexerTests(app), IClassFixture<SqliteApp>;
public sealed class ArticleIndexerTestsOnPostgres(PostgresApp app) : ArticleIndexerTests(app), IClassFixture<PostgresApp>;
