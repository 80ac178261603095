using Dundian.Core.Uploads;

namespace Dundian.Core.Concerns;

/// <summary>
/// A photo attached to a concern at intake. The bytes are a <see cref="StoredFile"/>, not public, scoped to the
/// concern's village, so GET /files/{id} serves it only to staff whose grants cover that village.
/// </summary>
public class ConcernPhoto
{
    public int Id { get; set; }
    public int ConcernId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
    public int SortOrder { get; set; }
}
