using System.Text.Json;
using Microsoft.Playwright;

namespace Dundian.Browser.Tests;

/// <summary>
/// Runs axe-core (vendored in axe/, see its README.txt) on the open page and returns every violation, any impact,
/// as "rule (impact): first target". The CSP allows no inline script, so axe is evaluated, not added as a tag.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<JsonElement>(@"async () => {
            const r = await window.axe.run(document, { resultTypes: ['violations'] });
            return r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }");
        return json.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
