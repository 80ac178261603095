namespace Dundian.Core.Bulletins;

/// <summary>
/// One item of a bulletin: a heading and sanitised rich text. A copied note, report or article keeps its source's id
/// but holds its own copy of the (public, masked) text, so a later edit of the source does not change a printed issue.
/// </summary>
public class BulletinItem
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public int SortOrder { get; set; }
    public string Heading { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public BulletinItemSource Source { get; set; } = BulletinItemSource.Written;
    public int? SourceId { get; set; }
    /// <summary>By-line of a copied writing (author, unit), printed under its heading.</summary>
    public string? Byline { get; set; }
}
