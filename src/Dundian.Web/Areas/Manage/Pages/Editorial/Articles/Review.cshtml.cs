using System.Security.Claims;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Dundian.Web.Search;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>
/// One article under review: its text and history, approve, or reject back to the author with a reason.
/// ArticleReviewService checks the reviewer is assigned to the pending level of the channel.
/// </summary>
public class ReviewModel(DundianDbContext db, NewsroomAccess access, ArticleReviewService reviews) : StaffPageModel
{
    public Article? Article { get; private set; }
    public List<ArticleReviewStep> Steps { get; private set; } = [];
    public bool Assigned { get; private set; }
    public string? Reason { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await access.MayReviewAsync(User.Scope())) return Forbid();
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, string? reason) => DecideAsync(id, ReviewDecision.Approved, reason);

    public Task<IActionResult> OnPostRejectAsync(int id, string? reason) => DecideAsync(id, ReviewDecision.Rejected, reason);

    private async Task<IActionResult> DecideAsync(int id, ReviewDecision decision, string? reason)
    {
        if (!await access.MayReviewAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        return await ActAsync(async () =>
        {
            if (reason?.Length > 1000) throw new ArticleRuleException("审核意见不能超过 1000 字。");
            var actor = User.Actor();
            var article = await reviews.ReviewAsync(id, actor.UserId, actor.Name, decision, reason);
            return decision == ReviewDecision.Rejected ? $"已退回作者:{article.Title}"
                : article.Status switch
                {
                    ArticleStatus.Published => $"审核通过,已发布:{article.Title}",
                    ArticleStatus.Approved => $"审核通过,将于 {ChinaTime.DateTimeText(article.ScheduledPublishAt!.Value)} 定时发布:{article.Title}",
                    _ => $"审核通过,已转{ReviewLevelNames.Of(article.PendingLevel)}:{article.Title}",
                };
        }, "/manage/articles/review", async () =>
        {
            // The article was loaded before the review: show it again as stored, keep the typed opinion, answer 400.
            await LoadAsync(id);
            Reason = reason;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        });
    }

    private async Task<bool> LoadAsync(int id)
    {
        Article = await db.Articles.AsNoTracking().Include(a => a.Channel).FirstOrDefaultAsync(a => a.Id == id);
        if (Article is null) return false;
        Steps = await db.ArticleReviewSteps.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.At).ToListAsync();
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Assigned = Article.Status == ArticleStatus.InReview && await db.ChannelReviewers.AnyAsync(r =>
            r.UserId == me && r.ChannelId == Article.ChannelId && r.Level == Article.PendingLevel);
        return true;
    }
}
