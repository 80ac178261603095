using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>A 图片列表 channel on a phone and a desktop: cover cards load, a card without a cover stays a text card.</summary>
public sealed class ChannelStyleBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string NoSidewaysScroll = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";

    private Task<string> PictureChannelAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DundianDbContext>();
        var store = sp.GetRequiredService<FileStore>();
        var slug = "photos-" + Guid.NewGuid().ToString("N")[..6];
        var channel = new Channel { Slug = slug, Name = "图说蹲点", ListStyle = ChannelListStyle.PictureList, SortOrder = 900 };
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        var items = new (string Title, string? Alt)[]
        {
            ("蹲点干部走访东门渔村渔民家庭", "蹲点干部与渔民在码头交谈"),
            ("石浦镇召开蹲点调研座谈会", "座谈会现场"),
            ("关于开展第二批蹲点调研活动的通知", null),
            ("文化礼堂里的“民情夜谈”", "村民在文化礼堂围坐发言"),
            ("县委组织部部署蹲点调研成果转化工作", null),
        };
        var now = DateTime.UtcNow;
        for (var i = 0; i < items.Length; i++)
        {
            Guid? cover = null;
            if (items[i].Alt is { } alt)
            {
                using var png = new MemoryStream(TestImages.Png(480, 360));
                cover = (await store.SaveAsync(png, $"cover{i}.png", UploadPolicy.Images, isPublic: true, altText: alt)).Id;
            }
            db.Articles.Add(new Article
            {
                ChannelId = channel.Id, Title = items[i].Title, BodyHtml = "<p>正文</p>", Status = ArticleStatus.Published,
                PublishedAt = now.AddHours(-i), CreatedAt = now, UpdatedAt = now, CoverImageId = cover,
            });
        }
        await db.SaveChangesAsync();
        return "/channel/" + slug;
    });

    [Fact]
    public async Task Picture_list_channel_shows_cover_cards_on_phone_and_desktop()
    {
        var url = await PictureChannelAsync();
        var phone = Devices.Phone(app.ServerAddress!);
        phone.ViewportSize = new() { Width = 360, Height = 740 }; // the narrowest phone the portal is built for
        foreach (var (options, name) in new[]
                 {
                     (phone, "channel-pictures-phone-360"),
                     (Devices.Desktop(app.ServerAddress!), "channel-pictures-desktop"),
                 })
        {
            await using var context = await chromium.Browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            var problems = new PageProblems(page);
            await page.GotoAsync(url);
            await Expect(page.Locator(".article-cards li")).ToHaveCountAsync(5);
            await Expect(page.Locator(".article-cards img")).ToHaveCountAsync(3);
            // Every cover really loaded (a broken image has no natural width).
            foreach (var img in await page.Locator(".article-cards img").AllAsync())
            {
                await img.ScrollIntoViewIfNeededAsync();
                await Expect(img).ToHaveJSPropertyAsync("complete", true);
                Assert.True(await img.EvaluateAsync<int>("e => e.naturalWidth") > 0, "a cover did not load");
            }
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "座谈会现场" })).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), $"{name} scrolls sideways");
            await Screenshots.SaveAsync(page, name);
            Assert.Empty(problems.All);
        }
    }
}
