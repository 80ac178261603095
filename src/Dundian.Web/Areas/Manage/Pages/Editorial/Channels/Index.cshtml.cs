using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Channels;

/// <summary>栏目管理: the channel tree in portal order with list style, review levels and missing reviewers.</summary>
public class IndexModel(DundianDbContext db, NewsroomAccess access, Microsoft.Extensions.Options.IOptions<NewsroomOptions> options) : PageModel
{
    /// <summary>The site-wide limit a channel without its own uses (Newsroom__StaleAfterDays).</summary>
    public int DefaultStaleDays => options.Value.StaleAfterDays;

    public List<Channel> Channels { get; private set; } = [];
    public Dictionary<int, List<int>> LevelsWithoutReviewer { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.MayManageChannelsAsync(User.Scope())) return Forbid();
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        var assigned = await db.ChannelReviewers.AsNoTracking().Select(r => new { r.ChannelId, r.Level }).Distinct().ToListAsync();
        foreach (var c in Channels)
        {
            var missing = Enumerable.Range(1, c.ReviewLevels).Where(l => !assigned.Any(a => a.ChannelId == c.Id && a.Level == l)).ToList();
            if (missing.Count > 0) LevelsWithoutReviewer[c.Id] = missing;
        }
        return Page();
    }

    public IEnumerable<Channel> ChildrenOf(int? parentId) => Channels.Where(c => c.ParentId == parentId);
}
