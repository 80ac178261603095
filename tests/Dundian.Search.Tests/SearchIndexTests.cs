using Dundian.Core.Data.Demo;
using Xunit;

namespace Dundian.Search.Tests;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("dundian-index-").FullName;
    private readonly SearchIndex index;
    private readonly SeedPage seed = SeedPage.Load();

    public SearchIndexTests()
    {
        JiebaAnalyzer.AddWords(["李关定"]); // as the app does with participants' names
        index = new SearchIndex(folder);
        index.Upsert(new SearchDocument("article:1", "article", seed.Title, string.Join("\n", seed.Paragraphs), "/article/1",
            new DateTime(2007, 5, 8, 1, 0, 0, DateTimeKind.Utc), "city-news", "全市动态"));
        index.Upsert(new SearchDocument("article:2", "article", "全市组织系统深入开展作风建设年活动", "领导干部深入基层,转变作风。",
            "/article/2", new DateTime(2007, 5, 10, 1, 0, 0, DateTimeKind.Utc), "headlines", "头条"));
    }

    [Fact]
    public void DocumentCount_follows_upserts_and_deletes()
    {
        Assert.Equal(2, index.DocumentCount);
        index.Upsert(new SearchDocument("article:2", "article", "改过的标题", "正文", "/article/2", DateTime.UtcNow));
        Assert.Equal(2, index.DocumentCount);
        index.Delete("article:2");
        Assert.Equal(1, index.DocumentCount);
    }

    [Fact]
    public void A_name_jieba_does_not_know_is_split_until_added() =>
        Assert.DoesNotContain("王小二丫", index.Tokens("村民王小二丫反映"));

    [Theory]
    [InlineData("周江勇")]
    [InlineData("李关定")]
    public void Names_are_one_token(string name) => Assert.Contains(name, index.Tokens($"县委书记{name}赴石浦镇东门渔村"));

    [Fact]
    public void Searching_蹲点调研_finds_the_seed_article_with_the_words_highlighted()
    {
        var results = index.Search(new SearchQuery("蹲点调研"));
        var hit = Assert.Single(results.Hits, h => h.Key == "article:1");
        Assert.Contains("<mark>", hit.SnippetHtml + hit.TitleHtml);
        Assert.Contains("<mark>蹲点</mark>", hit.TitleHtml);
    }

    [Fact]
    public void Searching_a_name_finds_the_article_that_mentions_it()
    {
        var results = index.Search(new SearchQuery("周江勇"));
        Assert.Equal("article:1", Assert.Single(results.Hits).Key);
        Assert.Contains("<mark>周江勇</mark>", results.Hits[0].SnippetHtml);
    }

    [Fact]
    public void Channel_and_date_filters_narrow_the_results()
    {
        Assert.Equal(2, index.Search(new SearchQuery("领导干部")).Total);
        Assert.Equal("article:2", Assert.Single(index.Search(new SearchQuery("领导干部", Channel: "headlines")).Hits).Key);
        Assert.Equal("article:1", Assert.Single(index.Search(new SearchQuery("领导干部",
            ToUtc: new DateTime(2007, 5, 9, 0, 0, 0, DateTimeKind.Utc))).Hits).Key);
        Assert.Equal("article:2", index.Search(new SearchQuery("领导干部", Order: SearchOrder.Newest)).Hits[0].Key);
    }

    [Fact]
    public void An_unpublished_item_disappears_at_once()
    {
        index.Delete("article:1");
        Assert.Equal(0, index.Search(new SearchQuery("周江勇")).Total);
    }

    [Fact]
    public void Query_syntax_and_markup_in_the_text_are_harmless()
    {
        index.Upsert(new SearchDocument("article:3", "article", "<script>alert(1)</script>乡村", "正文<img src=x onerror=alert(1)>乡村振兴",
            "/article/3", DateTime.UtcNow));
        var hit = Assert.Single(index.Search(new SearchQuery("乡村 AND (")).Hits);
        Assert.DoesNotContain("<script>", hit.TitleHtml);
        Assert.DoesNotContain("<img", hit.SnippetHtml);
    }

    public void Dispose()
    {
        index.Dispose();
        System.IO.Directory.Delete(folder, recursive: true);
    }
}
