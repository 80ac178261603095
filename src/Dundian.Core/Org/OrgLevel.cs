namespace Dundian.Core.Org;

/// <summary>Administrative level of an <see cref="OrgUnit"/>: 市 → 县 → 镇乡/街道 → 村/社区.</summary>
public enum OrgLevel
{
    City = 1,
    County = 2,
    Town = 3,
    Village = 4,
}
