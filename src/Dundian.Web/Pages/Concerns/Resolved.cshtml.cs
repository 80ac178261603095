using Dundian.Core.Concerns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Concerns;

/// <summary>
/// 已办结诉求: resolved and followed-up concerns, per village. Only what the public may see is selected from the
/// database (no phone, the name masked on the way out), so nothing private can leak into the page by mistake.
/// </summary>
public class ResolvedModel(DundianDbContext db, ConcernChoices choices) : PageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true)] public int? Village { get; set; }
    public List<VillageGroup> Villages { get; private set; } = [];
    public List<ResolvedConcern> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Villages = await choices.VillagesAsync();
        var query = db.Concerns.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp);
        if (Village is { } id) query = query.Where(c => c.VillageId == id);
        var rows = await query.OrderByDescending(c => c.ResolvedAt).Take(Limit)
            .Select(c => new { c.TrackingNumber, Category = c.Category!.Name, Village = c.Village!.Name, c.Description,
                c.ReporterName, c.Result, c.ResolvedAt, c.Satisfaction })
            .ToListAsync();
        Items = rows.Select(r => new ResolvedConcern(r.TrackingNumber, r.Category, r.Village,
            PersonalDataMask.Text(r.Description, [r.ReporterName]), PersonalDataMask.Name(r.ReporterName),
            PersonalDataMask.Text(r.Result, [r.ReporterName]), r.ResolvedAt, r.Satisfaction)).ToList();
    }
}
