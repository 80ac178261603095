using Dundian.Core.Common;

namespace Dundian.Core.Community;

/// <summary>
/// Masks the optional contact of a comment or message wherever it is shown (staff pages included; the public never
/// sees it): a phone number as 138****1234, an e-mail as z***@example.com, anything else to its first character.
/// </summary>
public static class ContactMask
{
    public static string Of(string? contact)
    {
        if (string.IsNullOrWhiteSpace(contact)) return "";
        var c = contact.Trim();
        var at = c.IndexOf('@');
        if (at > 0) return c[..1] + "***" + c[at..];
        return c.Count(char.IsDigit) >= 5 ? PersonalDataMask.Phone(c) : PersonalDataMask.Name(c);
    }
}
