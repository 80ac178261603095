using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>文章管理: every article, filtered by channel and status, newest change first, 20 a page.</summary>
public class IndexModel(DundianDbContext db, NewsroomAccess access) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public int? ChannelId { get; set; }
    [BindProperty(SupportsGet = true)] public ArticleStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public List<Channel> Channels { get; private set; } = [];
    public List<Article> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        var query = db.Articles.AsNoTracking();
        if (ChannelId is { } channel) query = query.Where(a => a.ChannelId == channel || a.Channel!.ParentId == channel);
        if (Status is { } status) query = query.Where(a => a.Status == status);
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Items = await query.Include(a => a.Channel).OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }

    public string PageUrl(int page) =>
        $"/manage/articles?channelId={ChannelId}&status={Status}&page={page}";
}
