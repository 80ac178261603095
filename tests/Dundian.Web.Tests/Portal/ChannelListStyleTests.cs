using Dundian.Core.Content;
using Dundian.Core.Uploads;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>The public channel page follows the channel's list style: 文字列表, 图片列表 (cover cards) or 单页.</summary>
public abstract class ChannelListStyleTests(DundianApp app)
{
    private static string Slug() => "style-" + Guid.NewGuid().ToString("N")[..8];

    private Task<int> ChannelAsync(string slug, ChannelListStyle style) => app.DbAsync(async db =>
    {
        var channel = new Channel { Slug = slug, Name = "测试栏目" + slug[^4..], ListStyle = style, SortOrder = 900 };
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        return channel.Id;
    });

    private Task<int> PublishAsync(int channelId, string title, string body, DateTime publishedAt, Guid? cover = null) =>
        app.DbAsync(async db =>
        {
            var article = new Article
            {
                ChannelId = channelId, Title = title, BodyHtml = body, Status = ArticleStatus.Published,
                PublishedAt = publishedAt, CreatedAt = publishedAt, UpdatedAt = publishedAt, CoverImageId = cover,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });

    private Task<Guid> CoverAsync(string alt) => app.DbAsync(async db =>
    {
        var file = new StoredFile
        {
            Id = Guid.NewGuid(), FileName = "cover.jpg", ContentType = "image/jpeg", Kind = FileKind.Image, Length = 4,
            Sha256 = new string('0', 64), StoragePath = "test/cover.jpg", IsPublic = true, AltText = alt, UploadedAt = DateTime.UtcNow,
        };
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    });

    [Fact]
    public async Task A_picture_list_shows_covers_with_their_alt_text_and_a_text_card_without_a_cover()
    {
        var slug = Slug();
        var channelId = await ChannelAsync(slug, ChannelListStyle.PictureList);
        var cover = await CoverAsync("村民在文化礼堂观看演出");
        var withCover = await PublishAsync(channelId, "文化礼堂迎新演出", "<p>演出</p>", DateTime.UtcNow.AddHours(-1), cover);
        var without = await PublishAsync(channelId, "无封面的通知", "<p>通知</p>", DateTime.UtcNow.AddHours(-2));

        var doc = await app.CreateClient().GetDocumentAsync("/channel/" + slug);
        var cards = doc.QuerySelectorAll(".article-cards li.article-card");
        Assert.Equal(2, cards.Length);
        Assert.Empty(doc.QuerySelectorAll(".article-list"));
        var first = cards[0];
        Assert.Equal($"/article/{withCover}", first.QuerySelector("a")!.GetAttribute("href"));
        var img = first.QuerySelector("img");
        Assert.NotNull(img);
        Assert.Equal($"/files/{cover}", img.GetAttribute("src"));
        Assert.Equal("村民在文化礼堂观看演出", img.GetAttribute("alt"));
        Assert.Equal("文化礼堂迎新演出", first.QuerySelector(".article-card-title")!.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("time"));
        var second = cards[1];
        Assert.Equal($"/article/{without}", second.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("img")); // never a broken picture
        Assert.Contains("article-card-text", second.ClassList);
    }

    [Fact]
    public async Task A_single_page_channel_shows_its_latest_article_body_and_has_no_second_page()
    {
        var slug = Slug();
        var channelId = await ChannelAsync(slug, ChannelListStyle.SinglePage);
        var client = app.CreateClient();
        var empty = await client.GetDocumentAsync("/channel/" + slug);
        Assert.Equal("暂无内容", empty.QuerySelector(".channel-single .empty")!.TextContent.Trim());

        await PublishAsync(channelId, "关于我们(旧)", "<p>旧版介绍</p>", DateTime.UtcNow.AddDays(-3));
        await PublishAsync(channelId, "关于我们", "<p>县委组织部蹲点调研办公室负责活动的组织协调。</p>", DateTime.UtcNow.AddHours(-1));

        var doc = await client.GetDocumentAsync("/channel/" + slug);
        var body = doc.QuerySelector(".channel-single .article-body");
        Assert.NotNull(body);
        Assert.Equal("县委组织部蹲点调研办公室负责活动的组织协调。", body.TextContent.Trim());
        Assert.DoesNotContain("旧版介绍", doc.DocumentElement.OuterHtml);
        Assert.Empty(doc.QuerySelectorAll(".article-list, .article-cards, .pager"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/channel/{slug}?page=2")).StatusCode);
    }

    [Fact]
    public async Task A_style_change_shows_at_once_despite_the_output_cache_and_paging_still_works()
    {
        var slug = Slug();
        var channelId = await ChannelAsync(slug, ChannelListStyle.TextList);
        for (var i = 0; i < 21; i++)
            await PublishAsync(channelId, $"分页文章{i:00}", "<p>正文</p>", DateTime.UtcNow.AddMinutes(-i));
        var reader = app.CreateClient();
        var before = await reader.GetDocumentAsync("/channel/" + slug);
        Assert.Equal(20, before.QuerySelectorAll(".article-list li").Length);

        await app.DbAsync(async db =>
        {
            (await db.Channels.SingleAsync(c => c.Id == channelId)).ListStyle = ChannelListStyle.PictureList;
            return await db.SaveChangesAsync();
        });
        var after = await reader.GetDocumentAsync("/channel/" + slug);
        Assert.Equal(20, after.QuerySelectorAll(".article-cards li").Length);
        Assert.Empty(after.QuerySelectorAll(".article-cards img")); // none has a cover
        Assert.NotNull(after.QuerySelector("a[rel=next]"));
        var second = await reader.GetDocumentAsync($"/channel/{slug}?page=2");
        Assert.Equal("分页文章20", Assert.Single(second.QuerySelectorAll(".article-cards .article-card-title")).TextContent.Trim());
    }
}

public sealed class ChannelListStyleTestsOnSqlite(SqliteApp app) : ChannelListStyleTests(app), IClassFixture<SqliteApp>;
public sealed class ChannelListStyleTestsOnPostgres(PostgresApp app) : ChannelListStyleTests(app), IClassFixture<PostgresApp>;
