using Dundian.Core.Commitments;

namespace Dundian.Web.Commitments;

/// <summary>The basic fields of a commitment, as posted by the staff create and edit forms.</summary>
public sealed class CommitmentForm
{
    public string? Title { get; set; }
    public string? Content { get; set; }
    public string? MadeBy { get; set; }
    public string? MadeByTitle { get; set; }
    public int OwnerUnitId { get; set; }
    public CommitmentChannel Channel { get; set; } = CommitmentChannel.InterviewColumn;
    public DateOnly? MadeOn { get; set; }
    public DateOnly? Deadline { get; set; }

    public static CommitmentForm From(PublicCommitment c) => new()
    {
        Title = c.Title, Content = c.Content, MadeBy = c.MadeBy, MadeByTitle = c.MadeByTitle, OwnerUnitId = c.OwnerUnitId,
        Channel = c.Channel, MadeOn = c.MadeOn, Deadline = c.Deadline,
    };

    /// <summary>Dates are required here (the entity takes non-null dates); the entity checks the rest.</summary>
    public (DateOnly MadeOn, DateOnly Deadline) Dates() =>
        (MadeOn ?? throw new CommitmentRuleException("请填写承诺日期。"), Deadline ?? throw new CommitmentRuleException("请填写承诺期限。"));
}
