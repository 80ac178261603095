using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Bulletins;

/// <summary>A campaign's issued bulletins, newest first; a withdrawn issue stays in the list (its number is taken) marked 已撤回.</summary>
[AllowAnonymous]
public class CampaignModel(DundianDbContext db) : PageModel
{
    public int CampaignId { get; private set; }
    public string CampaignName { get; private set; } = "";
    public List<(BulletinSeries Series, List<Bulletin> Issues)> Series { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        if (campaign is null) return NotFound();
        (CampaignId, CampaignName) = (campaign.Id, campaign.Name);
        foreach (var s in await db.BulletinSeries.AsNoTracking().Where(s => s.CampaignId == id).OrderBy(s => s.Id).ToListAsync(ct))
            Series.Add((s, await db.Bulletins.AsNoTracking().Where(b => b.SeriesId == s.Id && b.Number != null)
                .OrderByDescending(b => b.Number).ToListAsync(ct)));
        return Page();
    }
}
