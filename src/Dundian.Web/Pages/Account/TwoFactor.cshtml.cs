using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Dundian.Core.Accounts;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Account;

/// <summary>
/// 两步验证: enrol an authenticator app (QR code + a code from the app), see how many recovery codes are left, make new
/// ones, or turn two-factor off (with the password, and not when the user's role requires it). Recovery codes are shown
/// once, in the answer to the post that made them, and never stored in a cookie.
/// </summary>
[Authorize]
public class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorEnrolment enrolment,
    TwoFactorPolicy policy) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Password { get; set; }

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string? Key { get; private set; }
    public string? QrCode { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } user ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (Enabled) return Page();
        var codes = await enrolment.EnableAsync(user, Code ?? "");
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), "验证码不正确。请确认手机时间准确,输入验证器应用中当前显示的 6 位数字。");
            return Page();
        }
        await signIn.RefreshSignInAsync(user); // a fresh cookie: the new security stamp, no "must enrol" claim
        await LoadAsync();
        NewRecoveryCodes = codes;
        Done = "两步验证已启用。";
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (!Enabled) return Page();
        NewRecoveryCodes = await enrolment.RegenerateAsync(user);
        await LoadAsync();
        Done = "已生成新的恢复码,原有恢复码全部作废。";
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (!Enabled) return Page();
        if (Required)
        {
            ModelState.AddModelError(string.Empty, "您的角色要求使用两步验证,不能停用。更换手机请先生成新的恢复码,或联系系统管理员重置。");
            return Page();
        }
        if (!await users.CheckPasswordAsync(user, Password ?? ""))
        {
            ModelState.AddModelError(nameof(Password), "密码不正确。");
            return Page();
        }
        await enrolment.DisableAsync(user);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync();
        Done = "两步验证已停用。";
        return Page();
    }

    private async Task<AppUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return null;
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = policy.IsRequiredFor(User.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, out var r) ? r : (StaffRole?)null).OfType<StaffRole>());
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            Key = QrCode = AuthenticatorUri = null;
        }
        else
        {
            var key = await enrolment.KeyAsync(user);
            Key = TwoFactorEnrolment.Readable(key);
            AuthenticatorUri = enrolment.AuthenticatorUri(user, key);
            QrCode = TwoFactorEnrolment.QrCodeDataUri(AuthenticatorUri);
        }
        return user;
    }
}
