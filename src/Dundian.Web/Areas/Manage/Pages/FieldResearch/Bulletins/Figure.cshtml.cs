using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Bulletins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Bulletins;

/// <summary>
/// The records behind one printed figure as they were at issue (frozen ids and contributions), and the records that
/// make today's figure under the same filter differ: added (back-dated or late), removed, changed.
/// </summary>
public class FigureModel(DundianDbContext db, FiguresAsOf figures) : PageModel
{
    public Bulletin Bulletin { get; private set; } = null!;
    public FigureComparison Comparison { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string key, CancellationToken ct)
    {
        if (!BulletinAccess.MayUse(User.Scope())) return Forbid();
        var b = await db.Bulletins.AsNoTracking().Include(x => x.Figures).Include(x => x.Series).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return NotFound();
        if (!await db.MayManageSeriesAsync(User.Scope(), b.SeriesId, ct)) return Forbid();
        var figure = b.Figures.FirstOrDefault(f => f.IndicatorKey == key);
        if (figure is null) return NotFound();
        Bulletin = b;
        Comparison = (await figures.CompareAsync([figure], ct)).Single();
        return Page();
    }
}
