using System.Text.RegularExpressions;

namespace Dundian.Core.Common;

/// <summary>
/// Residents' plain-text fields (concerns, verdicts, commitments) must not carry markup: pages encode them anyway,
/// but refusing "&lt;script&gt;" with a clear message is what a user expects, and keeps stored text clean.
/// </summary>
public static partial class PlainTextInput
{
    public static bool HasMarkup(string? text) => !string.IsNullOrEmpty(text) && Markup().IsMatch(text);

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]")]
    private static partial Regex Markup();
}
