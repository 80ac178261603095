using Microsoft.Playwright;

namespace Dundian.Browser.Tests;

/// <summary>The two readers the portal is built for: a phone (390×844) and an office desktop (1366×900).</summary>
public static class Devices
{
    public const string PhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    public const string DesktopUserAgent =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    public static BrowserNewContextOptions Phone(Uri baseUrl) => new()
    {
        BaseURL = baseUrl.ToString(), ViewportSize = new() { Width = 390, Height = 844 },
        UserAgent = PhoneUserAgent, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, Locale = "zh-CN",
    };

    public static BrowserNewContextOptions Desktop(Uri baseUrl) => new()
    {
        BaseURL = baseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 },
        UserAgent = DesktopUserAgent, Locale = "zh-CN",
    };
}
