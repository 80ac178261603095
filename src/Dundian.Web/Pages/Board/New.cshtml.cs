using Dundian.Core.Common;
using Dundian.Core.Community;
using Dundian.Web.Community;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Pages.Board;

/// <summary>A resident leaves a message (no account; rate-limited per address; bad input stores nothing).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public class NewModel(CommunityIntake intake) : PageModel
{
    [BindProperty] public PostForm Form { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var message = await intake.MessageAsync(Form.ToInput(), ct);
            TempData["CommunityMessage"] = message.IsPublic
                ? "留言已发布,相关单位答复后将显示在留言下方。"
                : "留言已提交,审核通过后公开显示,相关单位答复后将显示在留言下方。";
            return Redirect("/board");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("Form." + e.Field, e.Message);
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }
}
