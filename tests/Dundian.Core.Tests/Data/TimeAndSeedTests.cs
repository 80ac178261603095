using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data.Demo;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Data;

public abstract class UtcStorageTests(MigratedDatabase database)
{
    [Fact]
    public async Task Times_go_in_as_utc_and_come_back_as_utc_then_show_in_china_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var publishedUtc = ChinaTime.ToUtc(new DateTime(2007, 5, 8, 0, 30, 0));
        Assert.Equal(new DateTime(2007, 5, 7, 16, 30, 0, DateTimeKind.Utc), publishedUtc);
        int id;
        await using (var db = database.NewContext())
        {
            var channel = new Channel { Slug = "t" + Guid.NewGuid().ToString("N")[..8], Name = "测试" };
            var article = new Article { Channel = channel, Title = "时区", PublishedAt = publishedUtc, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct);
            id = article.Id;
        }
        await using (var db = database.NewContext())
        {
            var read = await db.Articles.SingleAsync(a => a.Id == id, ct);
            Assert.Equal(DateTimeKind.Utc, read.PublishedAt!.Value.Kind);
            Assert.Equal(publishedUtc, read.PublishedAt);
            Assert.Equal("2007/5/8", ChinaTime.ShortDate(read.PublishedAt.Value));
        }
    }
}

public sealed class UtcStorageTestsOnSqlite(SqliteDatabase db) : UtcStorageTests(db), IClassFixture<SqliteDatabase>;
public sealed class UtcStorageTestsOnPostgres(PostgresDatabase db) : UtcStorageTests(db), IClassFixture<PostgresDatabase>;

public class SeedPageTests
{
    [Fact]
    public void The_shipped_seed_page_yields_title_date_and_the_six_paragraphs()
    {
        var seed = SeedPage.Load();
        Assert.Equal("象山县扎实推进县乡两级领导干部蹲点调研活动", seed.Title);
        Assert.Equal(new DateOnly(2007, 5, 8), seed.Date);
        Assert.Equal(6, seed.Paragraphs.Count);
        Assert.StartsWith("为切实加强领导干部作风建设", seed.Paragraphs[0]);
        string[] sections = ["一是", "二是", "三是", "四是", "五是"];
        Assert.Equal(sections, seed.Paragraphs.Skip(1).Select(p => p[..2]));
        Assert.EndsWith("较好地推动了蹲点调研活动的深入开展。", seed.Paragraphs[5]);
    }

    [Fact]
    public void A_page_without_a_date_line_is_refused()
    {
        Assert.Throws<FormatException>(() => SeedPage.Parse("a\nb\n标题 | |\n正文\n|"));
    }
}
