using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Dundian.Web.Accounts;

/// <summary>
/// Two-factor sign-in with any authenticator app (TOTP, RFC 6238), on ASP.NET Core Identity's own authenticator token
/// provider: the shared key lives in the user's tokens, codes are 6 digits per 30 seconds. Enrolment shows the key as a
/// QR code (QRCoder, PNG as a data: URI — allowed by our CSP, unlike inline SVG styles) and as text.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<AppUser> users, DundianDbContext db, IOptions<PortalOptions> portal)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The user's pending or current key; a new one is made the first time.</summary>
    public async Task<string> KeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key)) return key;
        await users.ResetAuthenticatorKeyAsync(user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public string AuthenticatorUri(AppUser user, string key)
    {
        var issuer = Uri.EscapeDataString(portal.Value.SiteName);
        var account = Uri.EscapeDataString(user.UserName ?? user.Id);
        return $"otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&digits=6&period=30";
    }

    public static string QrCodeDataUri(string text) =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 6));

    /// <summary>The key in groups of four, easier to type into an app by hand.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLower(CultureInfo.InvariantCulture);

    public Task<bool> VerifyAsync(AppUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(code));

    /// <summary>Turns two-factor on after a right code from the app; returns the recovery codes to show once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        if (!await VerifyAsync(user, code)) return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await db.AuditAsync(AuditActions.TwoFactorEnabled, nameof(AppUser), user.Id);
        return codes;
    }

    public async Task<IReadOnlyList<string>> RegenerateAsync(AppUser user)
    {
        var codes = await NewRecoveryCodesAsync(user);
        await db.AuditAsync(AuditActions.RecoveryCodesGenerated, nameof(AppUser), user.Id);
        return codes;
    }

    /// <summary>Off, and the key forgotten: enrolling again needs a new QR code.</summary>
    public async Task DisableAsync(AppUser user, string? details = null)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await db.AuditAsync(AuditActions.TwoFactorDisabled, nameof(AppUser), user.Id, details);
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

    /// <summary>Apps show "123 456"; people type spaces and dashes.</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
