using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Bulletins;

/// <summary>/bulletins: every campaign's bulletin series with its latest issues — the 简报 service entry of the portal.</summary>
[AllowAnonymous]
public class IndexModel(DundianDbContext db) : PageModel
{
    public sealed record SeriesView(int CampaignId, string CampaignName, string Name, string IssuingUnit, int Count, List<Bulletin> Latest);

    public List<SeriesView> Series { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var series = await db.BulletinSeries.AsNoTracking().Include(s => s.Campaign).Where(s => s.LastNumber > 0)
            .OrderByDescending(s => s.Campaign!.StartDate).ThenBy(s => s.Id).ToListAsync(ct);
        foreach (var s in series)
        {
            var issued = db.Bulletins.AsNoTracking().Where(b => b.SeriesId == s.Id && b.Number != null);
            Series.Add(new SeriesView(s.CampaignId, s.Campaign!.Name, s.Name, s.IssuingUnit, await issued.CountAsync(ct),
                await issued.OrderByDescending(b => b.Number).Take(5).ToListAsync(ct)));
        }
    }
}
