using Microsoft.Playwright;

namespace Dundian.Browser.Tests;

/// <summary>
/// Collects console errors and page errors. A Content-Security-Policy violation (an inline style or script
/// slipping into a page) shows up here as a console error, which no HTML assertion would notice.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> problems = [];

    public PageProblems(IPage page)
    {
        page.Console += (_, m) => { if (m.Type == "error") lock (problems) problems.Add($"console: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => { lock (problems) problems.Add("page error: " + e); };
    }

    public IReadOnlyList<string> All { get { lock (problems) return [.. problems]; } }
}
