using System.Text.RegularExpressions;
using Dundian.Core.Common;

namespace Dundian.Web.Concerns;

/// <summary>
/// Text of a concern as the public may see it. Residents sometimes type their mobile number into the description;
/// it is masked like the reporter's own phone before the text goes on a public page.
/// </summary>
public static partial class PublicConcernText
{
    public static string Mask(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Mobile().Replace(text, m => PersonalDataMask.Phone(m.Value));

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
