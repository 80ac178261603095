using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Account;

/// <summary>
/// Signing out is a POST: a GET only shows the button, so a link or image on another page cannot sign anyone out.
/// </summary>
[AllowAnonymous]
public class LogoutModel(SignInManager<AppUser> signIn, DundianDbContext db) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await db.AuditAsync(AuditActions.Logout, nameof(AppUser), signIn.UserManager.GetUserId(User));
            await signIn.SignOutAsync();
        }
        return LocalRedirect("/account/login");
    }
}
