using Dundian.Core.Campaigns;
using Dundian.Core.Content;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The county campaign's papers as the seed names them (通知 of 2007-03-21, 实施意见, 活动方案), as campaign documents
/// the office can edit and attach files to. Same texts as the campaign's own document fields.
/// </summary>
internal static class CampaignDemoDocuments
{
    public static void Add(DundianDbContext db, HtmlCleaner cleaner, Campaign campaign)
    {
        (string Title, CampaignDocumentKind Kind, string Html, DateOnly? On)[] papers =
        [
            ("关于开展县级领导班子成员“联镇带村谋发展,蹲点联系办实事”活动的通知", CampaignDocumentKind.Notice, CampaignDemoText.Notice, new DateOnly(2007, 3, 21)),
            ("县、镇乡(街道)领导班子主题实践活动实施意见", CampaignDocumentKind.ImplementationPlan, CampaignDemoText.ImplementationPlan, null),
            ("县级领导班子主题实践活动方案", CampaignDocumentKind.ActivityPlan, CampaignDemoText.ActivityPlan, null),
        ];
        foreach (var (title, kind, html, on) in papers)
        {
            var document = new CampaignDocument { Campaign = campaign, Title = title, Kind = kind, IssuedOn = on, IsPublic = true };
            document.SetBody(cleaner, html);
            db.CampaignDocuments.Add(document);
        }
    }
}
