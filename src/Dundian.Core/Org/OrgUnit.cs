namespace Dundian.Core.Org;

/// <summary>
/// A node of the organisation / administrative tree. <see cref="Path"/> is a materialised path of ids
/// ("/1/4/27/") so that "this unit and everything under it" is one indexed prefix query.
/// Units are never deleted or renamed in place when villages merge: the old unit gets a
/// <see cref="ValidTo"/> date and the merged unit starts a new row, so history keeps its places.
/// </summary>
public class OrgUnit
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrgLevel Level { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public string Path { get; set; } = "/";
    /// <summary>Administrative division code (行政区划代码), where known.</summary>
    public string? DivisionCode { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int SortOrder { get; set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    /// <summary>True when <paramref name="other"/> is this unit or one of its descendants.</summary>
    public bool Covers(OrgUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    public static string LevelName(OrgLevel level) => level switch
    {
        OrgLevel.City => "市",
        OrgLevel.County => "县(市、区)",
        OrgLevel.Town => "镇乡(街道)",
        OrgLevel.Village => "村(社区)",
        _ => level.ToString(),
    };
}
