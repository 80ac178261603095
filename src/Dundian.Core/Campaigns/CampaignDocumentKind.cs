namespace Dundian.Core.Campaigns;

/// <summary>What a campaign document is: 通知, 实施方案(实施意见), 活动方案, or another paper of the campaign.</summary>
public enum CampaignDocumentKind
{
    Notice = 1,
    ImplementationPlan = 2,
    ActivityPlan = 3,
    Other = 9,
}
