using Dundian.Core.Content;

namespace Dundian.Core.Campaigns;

/// <summary>
/// A document of a campaign (通知, 实施方案, 活动方案…): a title, a sanitised rich-text body and attached files.
/// <see cref="IsPublic"/> makes its attachments downloadable by anyone; otherwise only staff in scope may fetch them.
/// </summary>
public class CampaignDocument
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public required string Title { get; set; }
    public CampaignDocumentKind Kind { get; set; }
    /// <summary>文号 or date line as printed, e.g. 象委办〔2007〕12号; optional.</summary>
    public string? Reference { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public bool IsPublic { get; set; }
    public string BodyHtml { get; private set; } = "";
    public List<CampaignDocumentAttachment> Attachments { get; set; } = [];

    public void SetBody(HtmlCleaner cleaner, string? html) => BodyHtml = cleaner.Clean(html);

    public static string KindName(CampaignDocumentKind kind) => kind switch
    {
        CampaignDocumentKind.Notice => "通知",
        CampaignDocumentKind.ImplementationPlan => "实施方案",
        CampaignDocumentKind.ActivityPlan => "活动方案",
        _ => "其他文件",
    };
}
