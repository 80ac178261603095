using System.Security.Claims;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Areas.Manage.Pages.Articles;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Areas.Manage.Pages.Newsroom;

/// <summary>编辑部工作台: articles by status, the user's review queue, and channels not updated for too long.</summary>
public class IndexModel(DundianDbContext db, NewsroomAccess access, ChannelFreshness freshness, IOptions<NewsroomOptions> options)
    : PageModel
{
    public Dictionary<ArticleStatus, int> ByStatus { get; private set; } = [];
    public int MyQueue { get; private set; }
    public List<Article> Rejected { get; private set; } = [];
    public IReadOnlyList<StaleChannel> Stale { get; private set; } = [];
    public bool MayWrite { get; private set; }
    public bool MayManageChannels { get; private set; }
    public int DefaultDays => options.Value.StaleAfterDays;

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = User.Scope();
        if (!await access.MayEnterAsync(scope)) return Forbid();
        MayWrite = await access.MayWriteAsync(scope);
        MayManageChannels = await access.MayManageChannelsAsync(scope);
        ByStatus = (await db.Articles.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Count);
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        MyQueue = (await QueueModel.ForReviewerAsync(db, me)).Count;
        // Drafts sent back by a reviewer to this author.
        Rejected = await db.Articles.AsNoTracking()
            .Where(a => a.CreatedById == me && a.Status == ArticleStatus.Draft && a.RejectionReason != null)
            .OrderByDescending(a => a.UpdatedAt).Take(10).ToListAsync();
        Stale = await freshness.StaleAsync(DefaultDays);
        return Page();
    }
}
