using Dundian.Core.Concerns;

namespace Dundian.Core.Commitments;

/// <summary>
/// A resident's verdict (群众评价) on a completed commitment. Anonymous by design: no account, address or phone is
/// kept — only the verdict, an optional comment and an optional nickname that is masked before it is stored.
/// </summary>
public class CommitmentVerdict
{
    public long Id { get; set; }
    public int CommitmentId { get; set; }
    public DateTime At { get; set; }
    public Satisfaction Verdict { get; set; }
    public string? Comment { get; set; }
    public string? MaskedNickname { get; set; }
}
