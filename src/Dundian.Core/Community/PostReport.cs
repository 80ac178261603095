namespace Dundian.Core.Community;

/// <summary>
/// One reader's report (举报) of a public post. <see cref="ReporterKey"/> is a one-way hash of the reader's address,
/// so that reports are counted once per reader without keeping the address itself.
/// </summary>
public class PostReport
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public required string ReporterKey { get; set; }
    public DateTime At { get; set; }
}
