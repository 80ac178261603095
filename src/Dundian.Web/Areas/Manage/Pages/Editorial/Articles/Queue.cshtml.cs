using System.Security.Claims;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>审核队列: articles waiting at a level where the signed-in reviewer is assigned for that channel.</summary>
public class QueueModel(DundianDbContext db, NewsroomAccess access) : PageModel
{
    public List<Article> Items { get; private set; } = [];
    public List<(int ChannelId, int Level)> Assignments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.MayReviewAsync(User.Scope())) return Forbid();
        Items = await ForReviewerAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        return Page();
    }

    /// <summary>The reviewer's queue, oldest submission first (also counted on the dashboard).</summary>
    public static Task<List<Article>> ForReviewerAsync(DundianDbContext db, string userId) =>
        db.Articles.AsNoTracking().Include(a => a.Channel)
            .Where(a => a.Status == ArticleStatus.InReview
                        && db.ChannelReviewers.Any(r => r.UserId == userId && r.ChannelId == a.ChannelId && r.Level == a.PendingLevel))
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync();
}
