using System.Text;

namespace Dundian.Core.Common;

/// <summary>
/// Finds and masks numbers that may identify a resident in free text. A number is a run of digits (full-width
/// digits count) whose groups may be split by one space, dash or bracket when the next group has three digits or
/// more (138 1234 5678, 0574-65712345, (0574)65712345, 6222 0212 3456 7890) — so dates like 2026-12-06 stay apart.
/// By its digits: 18 (or 17 + X) and 15 are ID numbers, 11 from 13–19 a mobile (also after 86), 10–12 from 0 a
/// landline with its area code, 16–19 a bank card, and any other run of 7 or more a landline or some other personal
/// number. Such an other run followed by a unit (元, 年, 户, 米, %, a decimal point…) or preceded by ¥ or 第 is a quantity and stays.
/// </summary>
internal static class PersonalNumbers
{
    private const int MinDigits = 7;
    private const string Units = "元万亿年月日号时分秒米个人户次吨斤亩平公千百%％余多件份册台辆棵株头只条间套岁天周";
    private const string Before = "¥￥$第";

    /// <summary>Full-width digits and X as their ASCII forms (same length, so positions stay).</summary>
    public static char Normalise(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        'Ｘ' or 'ｘ' or 'x' => 'X',
        _ => c,
    };

    private static bool IsDigit(char c) => char.IsAsciiDigit(Normalise(c));

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '\u3000' or '-' or '－' or '‐' or '–' or '—'
        or '(' or ')' or '（' or '）';

    public static string Mask(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
            var (end, digits) = Run(text, i);
            if (digits.Length >= MinDigits && (HasShape(digits) || !IsQuantity(text, i, end)))
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, i - copied).Append(Masked(digits));
                copied = end;
            }
            i = end - 1;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The end (exclusive) of the number starting at <paramref name="start"/> and its digits (plus a final X).</summary>
    private static (int End, string Digits) Run(string text, int start)
    {
        var digits = new StringBuilder();
        var i = start;
        while (true)
        {
            while (i < text.Length && IsDigit(text[i])) digits.Append(Normalise(text[i++]));
            // An 18-digit ID number may end in the check character X.
            if (digits.Length == 17 && i < text.Length && Normalise(text[i]) == 'X') { digits.Append('X'); i++; break; }
            var next = i;
            while (next < text.Length && next - i < 2 && IsSeparator(text[next])) next++;
            var group = 0;
            while (next + group < text.Length && IsDigit(text[next + group])) group++;
            if (next == i || group < 3) break;
            i = next;
        }
        return (i, digits.ToString());
    }

    private static bool IsQuantity(string text, int start, int end)
    {
        if (start > 0 && Before.Contains(text[start - 1])) return true;
        if (end >= text.Length) return false;
        var after = text[end];
        if (after == '.' && end + 1 < text.Length && IsDigit(text[end + 1])) return true;
        return Units.Contains(after);
    }

    /// <summary>ID, mobile, landline with area code or bank card: masked even when a unit follows (…123X号).</summary>
    private static bool HasShape(string d) =>
        d.Length is 15 or 18 || (d.Length == 11 && d[0] == '1' && d[1] >= '3') || (d.Length == 13 && d.StartsWith("861", StringComparison.Ordinal))
        || (d.Length is >= 10 and <= 12 && d[0] == '0') || d.Length is >= 16 and <= 19;

    private static string Masked(string d)
    {
        if (d.Length == 18 || d.Length == 15) return PersonalDataMask.IdNumber(d);
        if (d.Length == 11 && d[0] == '1' && d[1] >= '3') return PersonalDataMask.Phone(d);
        if (d.Length == 13 && d.StartsWith("861", StringComparison.Ordinal) && d[3] >= '3') return "86 " + PersonalDataMask.Phone(d[2..]);
        if (d.Length is >= 10 and <= 12 && d[0] == '0')
        {
            // 010 and 02x are three-digit area codes, the rest four: the area stays, the local number is hidden.
            var area = d[1] is '1' or '2' ? 3 : 4;
            return d[..area] + "-" + new string('*', d.Length - area - 2) + d[^2..];
        }
        if (d.Length is >= 16 and <= 19) return new string('*', d.Length - 4) + d[^4..];
        return new string('*', d.Length - 2) + d[^2..];
    }
}
