using Dundian.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>Links from the 专题 channel to each campaign's public page; a component so the channel page needs one line.</summary>
public class CampaignTopicLinksViewComponent(DundianDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Tier).ThenByDescending(c => c.StartDate)
            .Select(c => new { c.Id, c.Name }).ToListAsync();
        return View(campaigns.Select(c => (c.Id, c.Name)).ToList());
    }
}
