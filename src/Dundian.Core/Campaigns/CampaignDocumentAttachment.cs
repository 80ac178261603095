using Dundian.Core.Uploads;

namespace Dundian.Core.Campaigns;

/// <summary>A file attached to a campaign document; the bytes and their access rule live in <see cref="StoredFile"/>.</summary>
public class CampaignDocumentAttachment
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Guid StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public int SortOrder { get; set; }
}
