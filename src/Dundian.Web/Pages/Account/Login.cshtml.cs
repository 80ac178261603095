using System.ComponentModel.DataAnnotations;
using Dundian.Core.Accounts;
using Dundian.Web.Accounts;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInAudit audit, TimeProvider clock)
    : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is null)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, null, Input.UserName, "unknown user");
            return Refuse("用户名或密码错误。");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.Login, user, user.UserName!);
            if (user.MustChangePassword) return LocalRedirect(MustChangePasswordMiddleware.ChangePasswordPath);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manage");
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, user, user.UserName!);
            return Refuse($"账号已被锁定,请 {await MinutesLeftAsync(user)} 分钟后再试。");
        }
        if (result.IsNotAllowed)
        {
            // Say "disabled" only to someone who knows the password; others learn nothing about the account.
            var knows = await users.CheckPasswordAsync(user, Input.Password);
            await audit.RecordAsync(AuditActions.LoginFailed, user, user.UserName!, "disabled");
            return Refuse(knows ? "该账号已停用,请联系系统管理员。" : "用户名或密码错误。");
        }

        await audit.RecordAsync(AuditActions.LoginFailed, user, user.UserName!);
        var left = users.Options.Lockout.MaxFailedAccessAttempts - await users.GetAccessFailedCountAsync(user);
        return Refuse($"用户名或密码错误,还可尝试 {left} 次。");
    }

    private async Task<int> MinutesLeftAsync(AppUser user)
    {
        var end = await users.GetLockoutEndDateAsync(user) ?? clock.GetUtcNow();
        return Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes));
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名")]
        [StringLength(256, ErrorMessage = "用户名过长")]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码")]
        [StringLength(256, ErrorMessage = "密码过长")]
        [DataType(DataType.Password)]
        [Display(Name = "密码")]
        public string Password { get; set; } = "";
    }
}
