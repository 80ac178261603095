using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Content;

/// <summary>Checks that the reviewer is assigned to the level, applies the decision, and runs due schedules.</summary>
public class ArticleReviewService(DundianDbContext db, TimeProvider clock)
{
    public async Task<Article> ReviewAsync(int articleId, string reviewerId, string? reviewerName, ReviewDecision decision,
        string? reason, CancellationToken ct = default)
    {
        var article = await db.Articles.Include(a => a.Channel).Include(a => a.ReviewSteps)
            .FirstOrDefaultAsync(a => a.Id == articleId, ct) ?? throw new ArticleRuleException("文章不存在。");
        // Four eyes: the author never reviews his own article, whatever levels he holds.
        if (article.Status == ArticleStatus.InReview && article.CreatedById == reviewerId)
            throw new ArticleRuleException("不能审核自己撰写的文章,请由本级其他审核人审核。");
        var level = article.PendingLevel;
        var assigned = await db.ChannelReviewers.AnyAsync(r => r.ChannelId == article.ChannelId && r.Level == level && r.UserId == reviewerId, ct);
        if (article.Status == ArticleStatus.InReview && !assigned)
            throw new ArticleRuleException($"您不是栏目“{article.Channel!.Name}”第 {level} 级审核人。");
        article.Review(reviewerId, reviewerName, decision, reason, article.Channel!.ReviewLevels, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return article;
    }

    /// <summary>Publishes approved articles whose time has come and withdraws expired ones; returns their ids.</summary>
    public async Task<IReadOnlyList<int>> RunSchedulesAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => (a.Status == ArticleStatus.Approved && a.ScheduledPublishAt <= now)
                        || (a.Status == ArticleStatus.Published && a.ScheduledUnpublishAt <= now))
            .ToListAsync(ct);
        var changed = due.Where(a => a.PublishIfDue(now)).Select(a => a.Id).ToList();
        await db.SaveChangesAsync(ct);
        return changed;
    }
}
