using Dundian.Core.Commitments;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Commitments;

/// <summary>公开承诺: every commitment with its status, deadline and progress; overdue ones are flagged, not hidden.</summary>
public class IndexModel(DundianDbContext db, TimeProvider clock) : PageModel
{
    public const int Limit = 200;

    public List<PublicCommitment> Items { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.PublicCommitments.AsNoTracking().Include(c => c.OwnerUnit)
            .OrderByDescending(c => c.MadeOn).ThenByDescending(c => c.Id).Take(Limit).ToListAsync();
        // Active commitments first, the nearest deadline on top; finished ones after them.
        Items = rows.OrderBy(c => c.IsActive ? 0 : 1).ThenBy(c => c.IsActive ? c.Deadline.DayNumber : -c.MadeOn.DayNumber).ToList();
    }
}
