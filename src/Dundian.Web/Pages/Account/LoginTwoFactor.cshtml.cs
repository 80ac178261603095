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
/// The second step of sign-in: the 6-digit code from the authenticator app, or (with <c>?recovery=true</c>) one of the
/// recovery codes, each usable once. Reached only after the right password (Identity's two-factor cookie says whose);
/// five wrong codes lock the account for 15 minutes — only someone who knows the password can cause that.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class LoginTwoFactorModel(SignInManager<AppUser> signIn, SignInAudit audit) : PageModel
{
    [BindProperty] public CodeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool Recovery { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();

        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode(Input.Code))
            : await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorEnrolment.Normalize(Input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            if (Recovery) await audit.RecordAsync(AuditActions.RecoveryCodeUsed, user, user.UserName!);
            await audit.RecordAsync(AuditActions.Login, user, user.UserName!, Recovery ? "recovery code" : "authenticator");
            if (user.MustChangePassword) return LocalRedirect(MustChangePasswordMiddleware.ChangePasswordPath);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manage");
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, user, user.UserName!, "two-factor");
            ModelState.AddModelError(string.Empty, "验证码错误次数过多,账号已被锁定 15 分钟。");
            return Page();
        }
        await audit.RecordAsync(AuditActions.TwoFactorFailed, user, user.UserName!, Recovery ? "recovery code" : "authenticator");
        ModelState.AddModelError(string.Empty, Recovery ? "恢复码不正确或已使用过。" : "验证码不正确,请输入验证器应用中当前显示的 6 位数字。");
        return Page();
    }

    /// <summary>Recovery codes are shown as XXXXX-XXXXX; accept them typed in lower case, with spaces or without the dash.</summary>
    private static string RecoveryCode(string code)
    {
        var plain = new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return plain.Length == 10 ? plain[..5] + "-" + plain[5..] : plain;
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "请输入验证码")]
        [StringLength(32, ErrorMessage = "验证码过长")]
        [Display(Name = "验证码")]
        public string Code { get; set; } = "";
    }
}
