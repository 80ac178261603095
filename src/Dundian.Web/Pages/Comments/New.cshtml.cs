using Dundian.Core.Common;
using Dundian.Core.Community;
using Dundian.Web.Community;
using Dundian.Web.Infrastructure;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Pages.Comments;

/// <summary>
/// Posts a comment under an article (no account). The article page links here (「发表评论」): it is served from the
/// output cache to everyone, so it carries no form and no token. On bad input this page shows the form again with
/// the Chinese message and nothing is stored; after a post it shows the answer here (the cached article page cannot).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public class NewModel(PortalQueries portal, CommunityIntake intake) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public PostForm Form { get; set; } = new();

    public ArticleView? Article { get; private set; }

    /// <summary>The answer to this reader's comment, shown once after the redirect.</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Article = await portal.ArticleAsync(Id, ct);
        if (Article is null) return NotFound();
        Message = TempData["CommunityMessage"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Article = await portal.ArticleAsync(Id, ct);
        if (Article is null) return NotFound();
        try
        {
            var comment = await intake.CommentAsync(Id, Form.ToInput(), ct);
            TempData["CommunityMessage"] = comment.IsPublic ? "评论已发表。" : "评论已提交,审核通过后显示。感谢您的参与!";
            return Redirect($"/article/{Id}/comment");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(e.Field.Length == 0 ? "" : "Form." + e.Field, e.Message);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }
}
