using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Campaigns;

/// <summary>
/// The running campaign's headline figures as a small strip (<c>@await Component.InvokeAsync("CampaignHeadlines")</c>);
/// renders nothing without a campaign. Safe on an output-cached page: it tags the page with the campaign.
/// </summary>
public class CampaignHeadlinesViewComponent(CampaignHeadlines headlines) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await headlines.RunningAsync(HttpContext.RequestAborted) is { } headline ? View(headline) : Content("");
}
