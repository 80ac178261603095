namespace Dundian.Core.Campaigns;

/// <summary>
/// The participant list as a sheet: the Chinese header row shared by the import template and the export, so an
/// exported list can be imported into another campaign unchanged.
/// </summary>
public static class ParticipantSheet
{
    public const string Name = "姓名";
    public const string Title = "职务";
    public const string Unit = "单位";
    public const string Category = "类别";
    public const string Group = "所在组";

    public static readonly IReadOnlyList<string> Headers = [Name, Title, Unit, Category, Group];

    public static IReadOnlyList<object?> Row(Participant p) =>
        [p.Name, p.Title, p.Unit, Participant.CategoryName(p.Category), p.Group?.Name];

    /// <summary>By the Chinese name the sheet shows (县四套班子成员…), or the code name.</summary>
    public static ParticipantCategory? ParseCategory(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var c in Enum.GetValues<ParticipantCategory>())
            if (Participant.CategoryName(c) == t || c.ToString().Equals(t, StringComparison.OrdinalIgnoreCase)) return c;
        return null;
    }
}
