using System.Text;

namespace Dundian.Documents.Excel;

/// <summary>Cell references, text as a cell may hold it, and column widths as Excel measures them.</summary>
internal static class CellText
{
    /// <summary>Excel's limit for one cell; longer text is cut (with an ellipsis) rather than breaking the file.</summary>
    public const int MaxCellChars = 32_767;

    public static string Column(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from pasted text, lone surrogates):
    /// the XML writer would throw on them halfway through a download.</summary>
    public static string Clean(string text)
    {
        if (text.Length > MaxCellChars) text = text[..(MaxCellChars - 1)] + "…";
        var ok = true;
        for (var i = 0; i < text.Length && ok; i++) ok = Allowed(text, i);
        if (ok) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
            if (Allowed(text, i)) sb.Append(text[i]);
        return sb.ToString();
    }

    private static bool Allowed(string s, int i)
    {
        var c = s[i];
        if (c < 0x20) return c is '\t' or '\n' or '\r';
        if (char.IsHighSurrogate(c)) return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(s[i - 1]);
        return c is not ('\uFFFE' or '\uFFFF');
    }

    /// <summary>Width in Excel's character units: a Chinese character takes two, the rest one.</summary>
    public static int Width(object? value) => value switch
    {
        null => 0,
        DateOnly => 10,
        DateTime or DateTimeOffset => 18,
        string s => Measure(s),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture).Length,
        _ => Measure(value.ToString() ?? ""),
    };

    private static int Measure(string s)
    {
        var line = 0;
        var longest = 0;
        foreach (var c in s)
        {
            if (c == '\n') { longest = Math.Max(longest, line); line = 0; continue; }
            line += c >= '\u2E80' ? 2 : 1;
            if (line > 200) break;
        }
        return Math.Max(longest, line);
    }

    /// <summary>A sheet name as Excel allows it: 31 characters at most, none of []:*?/\ and not blank.</summary>
    public static string SheetName(string name)
    {
        var s = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'', ' ');
        if (s.Length == 0) s = "Sheet";
        return s.Length > 31 ? s[..31] : s;
    }
}
