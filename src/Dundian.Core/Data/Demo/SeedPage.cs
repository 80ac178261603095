using System.Reflection;
using System.Text.RegularExpressions;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The seed document (a 2007 page of the Ningbo party-building portal), shipped verbatim as a resource
/// and read here into title, date and paragraphs, so the demo article is the seed's own text.
/// </summary>
public sealed partial record SeedPage(string Title, DateOnly Date, IReadOnlyList<string> Paragraphs)
{
    public static SeedPage Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dundian.Demo.seed-page.txt")
            ?? throw new InvalidOperationException("seed-page.txt resource missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Line 3 is "title | |||", line 4 the body (paragraphs separated by a space), then 时间:yyyy/M/d.</summary>
    public static SeedPage Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var title = lines[2].Split('|')[0].Trim();
        var paragraphs = lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var date = DateRegex().Match(text);
        if (!date.Success) throw new FormatException("seed page has no 时间: line");
        return new SeedPage(title,
            new DateOnly(int.Parse(date.Groups[1].Value), int.Parse(date.Groups[2].Value), int.Parse(date.Groups[3].Value)),
            paragraphs);
    }

    [GeneratedRegex(@"时间:(\d{4})/(\d{1,2})/(\d{1,2})")]
    private static partial Regex DateRegex();
}
