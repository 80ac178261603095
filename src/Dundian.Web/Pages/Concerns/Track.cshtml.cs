using Dundian.Core.Concerns;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Pages.Concerns;

/// <summary>
/// 办件查询: number + query code → public history and the official reply. The code is posted, never put in a URL
/// (it would end up in logs and browser history), and posts are rate-limited because six digits are few.
/// </summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public class TrackModel(ConcernIntake intake) : PageModel
{
    public const string NotFoundMessage = "查询编号或查询码不正确";

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }
    public Concern? Concern { get; private set; }
    public IEnumerable<ConcernEvent> PublicEvents =>
        (Concern?.Events ?? []).Where(e => e.IsPublic).OrderBy(e => e.At).ThenBy(e => e.Id);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Concern = await intake.TrackAsync(Number, Code);
        // One message for an unknown number and a wrong code, so the form cannot be used to probe numbers.
        if (Concern is null) ModelState.AddModelError(string.Empty, NotFoundMessage);
        Code = null; // never echo the code back into the page
        return Page();
    }
}
