using System.Security.Claims;
using Dundian.Core.Data;
using Dundian.Core.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Inbox;

/// <summary>
/// 待办消息: the signed-in staff member's own inbox (督办 notices …), unread first. Everyone signed in has one; an
/// entry of another user is 404 to him, as if it did not exist. Marking read is a staff write and is audited.
/// </summary>
public class IndexModel(DundianDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<InboxEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int Unread { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    [TempData] public string? Message { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
    private IQueryable<InboxEntry> Mine => db.InboxEntries.Where(e => e.RecipientUserId == UserId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Total = await Mine.CountAsync(ct);
        Unread = await Mine.CountAsync(e => e.ReadAt == null, ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await Mine.AsNoTracking().OrderBy(e => e.ReadAt != null).ThenByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>Marks one message read and opens the record it is about (or comes back here).</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        var entry = await Mine.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        entry.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return entry.Link is { } link && link.StartsWith("/manage/", StringComparison.Ordinal) ? Redirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await Mine.Where(e => e.ReadAt == null).ToListAsync(ct);
        foreach (var e in unread) e.MarkRead(now);
        await db.SaveChangesAsync(ct);
        Message = $"已将 {unread.Count} 条消息标为已读。";
        return RedirectToPage();
    }
}
