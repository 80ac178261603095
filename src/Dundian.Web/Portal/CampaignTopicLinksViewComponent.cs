using Dundian.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>
/// The 专题 channel's own block: published special topics (/topics/{slug}) and each campaign's figures page
/// (/topics/campaign/{id}); a component so the channel page needs one line.
/// </summary>
public class CampaignTopicLinksViewComponent(DundianDbContext db, TopicQueries topics) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = (await topics.PublishedAsync()).Select(t => ("/topics/" + t.Slug, t.Title)).ToList();
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Tier).ThenByDescending(c => c.StartDate)
            .Select(c => new { c.Id, c.Name }).ToListAsync();
        links.AddRange(campaigns.Select(c => ("/topics/campaign/" + c.Id, c.Name + "(活动数据)")));
        return View(links);
    }
}
