namespace Dundian.Core.Commitments;

/// <summary>One public progress report (进展) on a commitment, with the percentage reported with it.</summary>
public class CommitmentProgress
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public DateOnly On { get; set; }
    public required string Text { get; set; }
    public int Percent { get; set; }
}
