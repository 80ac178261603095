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
    /// <summary>
    /// 12-digit statistical division code (统计用区划代码), unique among units, where known. Its prefix names the
    /// parent (see <see cref="DivisionCode"/>), which is how a division file attaches to the tree.
    /// </summary>
    public string? DivisionCode { get; set; }
    /// <summary>城乡分类代码 (3 digits, e.g. 111 主城区, 220 村庄) of a village, as the division table gives it.</summary>
    public string? RuralUrbanCode { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int SortOrder { get; set; }

    public bool IsRetired => ValidTo is not null;

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    /// <summary>True when <paramref name="other"/> is this unit or one of its descendants.</summary>
    public bool Covers(OrgUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    public static string LevelName(OrgLevel level) => level switch
    {
        OrgLevel.Province => "省(自治区、直辖市)",
        OrgLevel.City => "市",
        OrgLevel.County => "县(市、区)",
        OrgLevel.Town => "镇乡(街道)",
        OrgLevel.Village => "村(社区)",
        _ => level.ToString(),
    };
}
