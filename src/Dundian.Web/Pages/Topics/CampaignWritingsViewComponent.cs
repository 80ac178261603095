using Dundian.Core.FieldWork;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Pages.Topics;

/// <summary>The newest published notes and reports on the campaign topic page; a component so that page needs one line.</summary>
public class CampaignWritingsViewComponent(PublishedWritings writings) : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync(int campaignId)
    {
        var (total, items) = await writings.ListAsync(campaignId, 1, Shown);
        return View((campaignId, total, items));
    }
}
