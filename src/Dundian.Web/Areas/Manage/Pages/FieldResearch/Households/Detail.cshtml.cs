using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Households;

/// <summary>
/// One household with its visit history (走访记录, newest first) and, for staff whose scope covers the village, a form
/// to add a visit — optionally linked to the field log of the stay it was made in. Outside that scope the page is
/// read-only and the personal data masked.
/// </summary>
public class DetailModel(DundianDbContext db, HouseholdService households) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public HouseholdVisitInput Visit { get; set; } = new();
    public HouseholdRow Household { get; private set; } = null!;
    public List<HouseholdVisitRow> Visits { get; private set; } = [];
    public List<(long Id, string Label)> Logs { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostVisitAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Household.Full) return Forbid();
        if (!ModelState.IsValid)
        {
            Error = "请填写有效的日期和金额";
            return Page();
        }
        try
        {
            var actor = User.Actor();
            await households.AddVisitAsync(actor, await households.ReachAsync(actor, ct), Id, Visit, ct);
            TempData["Message"] = "已记录走访。";
            return Redirect($"/manage/households/{Id}");
        }
        catch (ValidationException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (!HouseholdService.MayUse(actor.Scope)) return Forbid();
        var reach = await households.ReachAsync(actor, ct);
        var (row, found) = await households.FindAsync(reach, Id, ct);
        if (!found) return NotFound();
        if (row is null) return Forbid();
        Household = row;
        Visits = await households.VisitsAsync(Id, ct);
        if (row.Full) Logs = await households.LogChoicesAsync(actor, row.VillageId, ct);
        return null;
    }
}
