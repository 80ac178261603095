namespace Dundian.Core.Concerns;

/// <summary>One step of a concern's history. Public events (and only their notes) are shown to the resident.</summary>
public class ConcernEvent
{
    public long Id { get; set; }
    public int ConcernId { get; set; }
    public DateTime At { get; set; }
    public ConcernEventKind Kind { get; set; }
    public ConcernStatus StatusAfter { get; set; }
    public string? Actor { get; set; }
    public string? Note { get; set; }
    public bool IsPublic { get; set; }
}
