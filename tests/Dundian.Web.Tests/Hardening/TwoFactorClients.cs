using System.Net;
using Dundian.Testing;
using OtpNet;
using Xunit;

namespace Dundian.Web.Tests.Hardening;

/// <summary>Enrolment and second-step sign-in as a person with an authenticator app would do them.</summary>
public static class TwoFactorClients
{
    /// <summary>The key shown on the enrolment page (grouped, lower case) as the app's base32 secret.</summary>
    public static async Task<string> ShownKeyAsync(this HttpClient client)
    {
        var page = await client.GetDocumentAsync("/account/two-factor");
        var shown = page.QuerySelector(".two-factor-key")?.TextContent ?? throw new InvalidOperationException("no key on the page");
        return Html.Squash(shown).ToUpperInvariant();
    }

    /// <summary>The code an authenticator app would show now for <paramref name="key"/> (RFC 6238, 30 s, 6 digits).</summary>
    public static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>Enrols the signed-in user; returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> EnrolAsync(this HttpClient client)
    {
        var key = await client.ShownKeyAsync();
        var response = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = CodeFor(key) },
            "/account/two-factor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var codes = doc.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        return (key, codes);
    }

    public static Task<HttpResponseMessage> SecondStepAsync(this HttpClient client, string code, bool recovery = false)
    {
        var url = recovery ? "/account/login-2fa?Recovery=true" : "/account/login-2fa";
        return client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Code"] = code });
    }
}
