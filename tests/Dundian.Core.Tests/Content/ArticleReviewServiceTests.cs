using Dundian.Core.Content;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Content;

public abstract class ArticleReviewServiceTests(MigratedDatabase database)
{
    private readonly ManualClock clock = new(new DateTimeOffset(2007, 5, 7, 1, 0, 0, TimeSpan.Zero));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> NewArticleInReviewAsync(int levels, DateTime? publishAt)
    {
        await using var db = database.NewContext();
        var channel = new Channel { Slug = "r" + Guid.NewGuid().ToString("N")[..8], Name = "时讯", ReviewLevels = levels };
        var article = new Article { Channel = channel, Title = "审核测试", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        article.Schedule(publishAt, null);
        article.SubmitForReview(clock.GetUtcNow().UtcDateTime);
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        for (var level = 1; level <= levels; level++)
            db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = level, UserId = "reviewer-" + level });
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    [Fact]
    public async Task Only_the_levels_reviewer_may_decide()
    {
        var id = await NewArticleInReviewAsync(levels: 2, publishAt: null);
        await using var db = database.NewContext();
        var service = new ArticleReviewService(db, clock);
        var error = await Assert.ThrowsAsync<ArticleRuleException>(() =>
            service.ReviewAsync(id, "reviewer-2", null, ReviewDecision.Approved, null, Ct));
        Assert.Contains("第 1 级审核人", error.Message);
        await service.ReviewAsync(id, "reviewer-1", null, ReviewDecision.Approved, null, Ct);
        var article = await service.ReviewAsync(id, "reviewer-2", null, ReviewDecision.Approved, null, Ct);
        Assert.Equal(ArticleStatus.Published, article.Status);
    }

    [Fact]
    public async Task The_scheduler_publishes_an_approved_article_at_its_time_and_never_an_unapproved_one()
    {
        var publishAt = clock.GetUtcNow().UtcDateTime.AddDays(1);
        var approved = await NewArticleInReviewAsync(levels: 1, publishAt);
        var waiting = await NewArticleInReviewAsync(levels: 1, publishAt);
        await using (var db = database.NewContext())
            await new ArticleReviewService(db, clock).ReviewAsync(approved, "reviewer-1", null, ReviewDecision.Approved, null, Ct);

        clock.Advance(TimeSpan.FromDays(2));
        await using (var db = database.NewContext())
        {
            await new ArticleReviewService(db, clock).RunSchedulesAsync(Ct);
            var states = await db.Articles.Where(a => a.Id == approved || a.Id == waiting)
                .ToDictionaryAsync(a => a.Id, a => a.Status, Ct);
            Assert.Equal(ArticleStatus.Published, states[approved]);
            Assert.Equal(ArticleStatus.InReview, states[waiting]);
            var published = await db.Articles.SingleAsync(a => a.Id == approved, Ct);
            Assert.Equal(publishAt, published.PublishedAt);
        }
    }
}

public sealed class ArticleReviewServiceTestsOnSqlite(SqliteDatabase db) : ArticleReviewServiceTests(db), IClassFixture<SqliteDatabase>;
public sealed class ArticleReviewServiceTestsOnPostgres(PostgresDatabase db) : ArticleReviewServiceTests(db), IClassFixture<PostgresDatabase>;
