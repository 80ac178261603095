namespace Dundian.Core.Org;

/// <summary>
/// One edge of the tree's history: <see cref="Predecessor"/> ended the day before <see cref="On"/> and
/// <see cref="Successor"/> took over from that day. A merge of A and B into C writes A→C and B→C; a split of A
/// into B and C writes A→B and A→C. The predecessor keeps its row, path and records (retired with ValidTo = On),
/// so figures over any period still find every record where it was made.
/// </summary>
public class OrgUnitSuccession
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public OrgUnit? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public OrgUnit? Successor { get; set; }
    public DateOnly On { get; set; }
    public SuccessionKind Kind { get; set; }
}
