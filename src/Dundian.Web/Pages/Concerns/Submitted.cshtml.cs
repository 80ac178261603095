using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Concerns;

/// <summary>
/// Shows the tracking number and query code exactly once: TempData is read and so cleared. A reload or a later
/// visit shows only a pointer to 办件查询, because the code itself is stored nowhere.
/// </summary>
public class SubmittedModel : PageModel
{
    public string? Number { get; private set; }
    public string? Code { get; private set; }

    public IActionResult OnGet()
    {
        Number = TempData[ConcernIssued.NumberKey] as string;
        Code = TempData[ConcernIssued.CodeKey] as string;
        // Not cached anywhere between the resident and us: the code is a secret.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
