using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

/// <summary>「返回电脑版」/「手机版」: remembers the reader's choice for a year and goes back to the page they were on.</summary>
[AllowAnonymous]
public class LayoutModel : PageModel
{
    public IActionResult OnGet(string mode, string? returnUrl)
    {
        if (!LayoutPreference.TryParse(mode, out var chosen)) return NotFound();
        LayoutPreference.Remember(Response, chosen, Request.IsHttps);
        // Only local addresses: an open redirect on a government domain would lend it to phishing.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
