using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(Dundian.Browser.Tests.ChromiumFixture))]

namespace Dundian.Browser.Tests;

/// <summary>
/// One headless Debian Chromium for the whole assembly, driven by the Node driver that ships inside the
/// Microsoft.Playwright package. Playwright's own browser builds are never downloaded: we point it at the
/// system binary (DUNDIAN_CHROMIUM, set by scripts/test.sh).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var executable = Environment.GetEnvironmentVariable("DUNDIAN_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Chromium not found at {executable}: run the tests with ./scripts/test.sh, which installs it.");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
    }
}
