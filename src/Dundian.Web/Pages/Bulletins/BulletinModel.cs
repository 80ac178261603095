using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Bulletins;

/// <summary>
/// An issued bulletin as printed (frozen text), and each printed figure beside today's under the same filter and
/// cut-off, with the difference explained by counts of records. Totals only — the records themselves are staff-side.
/// No form here: the page stays cacheable (<see cref="Portal.PortalCacheKind.Bulletins"/>), evicted by a write
/// behind its campaign's figures since "today" is shown.
/// </summary>
[AllowAnonymous]
public class BulletinModel(DundianDbContext db, FiguresAsOf figures) : PageModel
{
    public Bulletin Bulletin { get; private set; } = null!;
    public string CampaignName { get; private set; } = "";
    public int? CorrectedId { get; private set; }
    public int? CorrectedNumber { get; private set; }
    public List<FigureComparison> Comparisons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var b = await db.Bulletins.AsNoTracking().Include(x => x.Items).Include(x => x.Figures).Include(x => x.Series).ThenInclude(s => s!.Campaign)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null || !b.IsPublic) return NotFound();
        Bulletin = b;
        CampaignName = b.Series!.Campaign!.Name;
        if (b.CorrectsId is { } cid)
            (CorrectedId, CorrectedNumber) = (cid, await db.Bulletins.Where(x => x.Id == cid).Select(x => x.Number).FirstOrDefaultAsync(ct));
        Comparisons = await figures.CompareAsync(b.Figures, ct);
        Portal.PortalCache.TagResponse(HttpContext, Portal.PortalCache.CampaignTag(b.Series.CampaignId));
        return Page();
    }
}
