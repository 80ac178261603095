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

/// <summary>
/// Password sign-in. Unknown and real user names get the same answer after the same work (a password hash either way),
/// and wrong passwords are slowed per user name and client address (<see cref="SignInThrottle"/>) rather than locking
/// the account, so nobody learns which names exist and no stranger can keep an admin out.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInAudit audit,
    SignInThrottle throttle, IPasswordHasher<AppUser> hasher) : PageModel
{
    public const string WrongCredentials = "用户名或密码错误。";

    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var name = Input.UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.BlockedForAsync(name, address) is { } wait)
        {
            await audit.RecordAsync(AuditActions.SignInThrottled, null, name);
            return Refuse(TooManyMessage(wait));
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            await UnknownUserTiming.CheckAnywayAsync(signIn, hasher, Input.Password);
            await audit.RecordAsync(AuditActions.LoginFailed, null, name, "unknown user");
            return await FailedAsync(name, address);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor) await throttle.SucceededAsync(name, address);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.Login, user, user.UserName!);
            return AfterSignIn(user);
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl });
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before looking at the password. Say "locked" or "disabled" only to someone who
            // knows the password (the check also costs the same hash as every other answer); others learn nothing.
            var knows = await users.CheckPasswordAsync(user, Input.Password);
            await audit.RecordAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed, user, user.UserName!,
                result.IsLockedOut ? null : "disabled");
            if (knows) return Refuse(result.IsLockedOut ? "该账号已被锁定,请稍后再试或联系系统管理员。" : "该账号已停用,请联系系统管理员。");
            return await FailedAsync(name, address);
        }

        await audit.RecordAsync(AuditActions.LoginFailed, user, user.UserName!);
        return await FailedAsync(name, address);
    }

    private IActionResult AfterSignIn(AppUser user)
    {
        if (user.MustChangePassword) return LocalRedirect(MustChangePasswordMiddleware.ChangePasswordPath);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manage");
    }

    private async Task<IActionResult> FailedAsync(string name, System.Net.IPAddress? address) =>
        await throttle.FailedAsync(name, address) is { } block ? Refuse(TooManyMessage(block)) : Refuse(WrongCredentials);

    private static string TooManyMessage(TimeSpan wait) =>
        $"用户名或密码错误次数过多,请 {SignInThrottle.Minutes(wait)} 分钟后再试。";

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
