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
/// A reader reports (举报) a public comment or message. The 举报 link under each post leads here (the article page is
/// served from the output cache and so carries no form); this page asks for confirmation and posts with its own
/// token. Counted once per reader address; at the configured number of distinct reports the post is hidden and goes
/// back to the moderation queue. The answer is shown here (after a redirect), with the way back to where the post was.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public class ReportModel(DundianDbContext db, CommunityIntake intake, ReporterKey reporterKey) : PageModel
{
    private const string MessageKey = "CommunityReportMessage";

    [FromRoute] public long Id { get; set; }

    public CommunityPost? Post { get; private set; }

    /// <summary>The answer to this reader's report, shown once after the redirect.</summary>
    public string? Message { get; private set; }

    public string BackUrl => Post is Comment c ? $"/article/{c.ArticleId}#comments" : "/board#board-list";

    public string BackText => Post is Comment ? "返回文章" : "返回留言板";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Post = await LoadAsync(ct);
        if (Post is null) return NotFound();
        // After a report the post may be hidden already (this reader's was the last one needed): the answer still shows.
        Message = TempData[MessageKey] as string;
        if (Message is null && !Post.IsPublic) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var post = await LoadAsync(ct);
        if (post is null || !post.IsPublic) return NotFound();
        var counted = await intake.ReportAsync(Id, reporterKey.Of(HttpContext), ct);
        TempData[MessageKey] = counted ? "已收到您的举报,工作人员会尽快核查。" : "您已举报过这条内容,工作人员会尽快核查。";
        return Redirect($"/community/{Id}/report");
    }

    // Contacts are never shown on a public page.
    private async Task<CommunityPost?> LoadAsync(CancellationToken ct)
    {
        var post = await db.CommunityPosts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (post is not null) post.Contact = null;
        return post;
    }
}
