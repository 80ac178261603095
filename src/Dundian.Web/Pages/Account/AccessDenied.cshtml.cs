using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Account;

/// <summary>Where the cookie handler sends a signed-in user who lacks a right; answers 403 so tools and tests see the refusal.</summary>
[AllowAnonymous]
public class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
