namespace Dundian.Core.Commitments;

/// <summary>A step the public can check a commitment against (节点), done when <see cref="DoneOn"/> is set.</summary>
public class CommitmentMilestone
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public bool IsDone => DoneOn is not null;
}
