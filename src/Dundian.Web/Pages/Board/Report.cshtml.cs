using Dundian.Core.Community;
using Dundian.Core.Data;
using Dundian.Web.Community;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Board;

/// <summary>
/// A reader reports (举报) a public comment or message. Counted once per reader address; at the configured number
/// of distinct reports the post is hidden and goes back to the moderation queue. Then back to where it was shown.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public class ReportModel(DundianDbContext db, CommunityIntake intake) : PageModel
{
    [FromRoute] public long Id { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var post = await db.CommunityPosts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (post is null || !post.IsPublic) return NotFound();
        var counted = await intake.ReportAsync(Id, ReporterKey.Of(HttpContext), ct);
        TempData["CommunityMessage"] = counted ? "已收到您的举报,工作人员会尽快核查。" : "您已举报过这条内容,工作人员会尽快核查。";
        return Redirect(post is Comment c ? $"/article/{c.ArticleId}#comments" : "/board#board-list");
    }
}
