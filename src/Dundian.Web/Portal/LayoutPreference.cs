using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Portal;

/// <summary>
/// Chooses 手机版 or 电脑版: the reader's explicit choice (a cookie set by /layout/{mode}) wins; without it
/// the User-Agent decides. Both layouts are responsive, so a wrong guess is still usable from 360 px up.
/// </summary>
public static partial class LayoutPreference
{
    public const string CookieName = "dundian-layout";

    /// <summary>The layout of the page being rendered; tells caches when the User-Agent chose it.</summary>
    public static LayoutMode Resolve(HttpContext context)
    {
        if (TryParse(context.Request.Cookies[CookieName], out var chosen)) return chosen;
        // The answer depends on the User-Agent: tell caches so (once: the layout and a page may both ask).
        var response = context.Response;
        if (!response.HasStarted && !response.Headers.Vary.Contains(HeaderNames.UserAgent))
            response.Headers.Append(HeaderNames.Vary, HeaderNames.UserAgent);
        return ByAgent(context.Request);
    }

    /// <summary>The layout a request gets, without touching the response (for cache keys).</summary>
    public static LayoutMode Of(HttpRequest request) =>
        TryParse(request.Cookies[CookieName], out var chosen) ? chosen : ByAgent(request);

    private static LayoutMode ByAgent(HttpRequest request) =>
        IsMobileAgent(request.Headers.UserAgent.ToString()) ? LayoutMode.Mobile : LayoutMode.Desktop;

    public static bool TryParse(string? value, out LayoutMode mode)
    {
        switch (value)
        {
            case "mobile": mode = LayoutMode.Mobile; return true;
            case "desktop": mode = LayoutMode.Desktop; return true;
            default: mode = LayoutMode.Desktop; return false;
        }
    }

    public static string Name(LayoutMode mode) => mode == LayoutMode.Mobile ? "mobile" : "desktop";

    /// <summary>Tablets (iPad, Android without "Mobile") get the desktop layout, as most portals do.</summary>
    public static bool IsMobileAgent(string userAgent)
    {
        // Asked on every cached page read; most readers share a few hundred User-Agent strings, so the answer is kept —
        // bounded in number and length (a reader sends what he likes): past the bounds the expression runs each time.
        if (Agents.TryGetValue(userAgent, out var mobile)) return mobile;
        mobile = MobileAgent().IsMatch(userAgent);
        if (Agents.Count < AgentsBound && userAgent.Length <= 512) Agents.TryAdd(userAgent, mobile);
        return mobile;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Agents = new(StringComparer.Ordinal);
    private const int AgentsBound = 4096;

    [GeneratedRegex(@"Mobile|iPhone|iPod|Android.+Mobile|Windows Phone|HarmonyOS.+Mobile|MicroMessenger|UCBrowser|Opera Mini",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileAgent();

    public static void Remember(HttpResponse response, LayoutMode mode, bool secure) =>
        response.Cookies.Append(CookieName, Name(mode), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
            HttpOnly = true,
            Secure = secure,
            // A presentation choice the reader made explicitly; it identifies nobody.
            IsEssential = true,
            Path = "/",
        });
}
