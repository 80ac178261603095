namespace Dundian.Core.Org;

/// <summary>
/// Administrative level of an <see cref="OrgUnit"/>: (省 →) 市 → 县 → 镇乡/街道 → 村/社区. Province exists for
/// division files that start at a province (统计用区划代码 with 2 significant digits); the demo tree starts at 市.
/// </summary>
public enum OrgLevel
{
    Province = 0,
    City = 1,
    County = 2,
    Town = 3,
    Village = 4,
}
