using Microsoft.Playwright;

namespace Dundian.Browser.Tests;

/// <summary>
/// Screenshots under the test output folder (screenshots/) and a copy in /tmp/dundian-screens/, so a person
/// can look at them: a layout can pass every assertion and still look broken.
/// </summary>
public static class Screenshots
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
    public const string CopyFolder = "/tmp/dundian-screens";

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        try
        {
            Directory.CreateDirectory(CopyFolder);
            File.Copy(path, Path.Combine(CopyFolder, name + ".png"), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The copy is a convenience for reviewers; the screenshot under the output folder is what counts.
        }
    }
}
