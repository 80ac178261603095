namespace Dundian.Core.Common;

/// <summary>
/// Masks residents' personal data for public pages (PRODUCT.md: 138****1234, 王**). Everything shown to the
/// public goes through here; staff pages show the full value only inside the viewer's scope.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>王小明 → 王**, 欧阳娜娜 → 欧***; keeps only the first character.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var n = name.Trim();
        return n[..1] + new string('*', Math.Max(1, n.Length - 1));
    }

    /// <summary>13812341234 → 138****1234; short or odd numbers keep at most their last two digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        if (digits.Length >= 11) return digits[..3] + "****" + digits[^4..];
        return digits.Length <= 2 ? new string('*', digits.Length) : new string('*', digits.Length - 2) + digits[^2..];
    }

    /// <summary>ID card number: first 3 and last 2 characters, 330225********12.</summary>
    public static string IdNumber(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "";
        var s = id.Trim();
        return s.Length <= 5 ? new string('*', s.Length) : s[..3] + new string('*', s.Length - 5) + s[^2..];
    }
}
