using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Households;

/// <summary>
/// One household with its visit history (走访记录, newest first) and, for staff whose scope covers the village, a form
/// to add a visit — optionally linked to the field log of the stay it was made in. Outside that scope the page is
/// read-only and the personal data masked.
/// </summary>
public class DetailModel(HouseholdService households, IOptions<WorkspaceOptions> options) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public HouseholdVisitInput Visit { get; set; } = new();
    public HouseholdRow Household { get; private set; } = null!;
    public List<HouseholdVisitRow> Visits { get; private set; } = [];
    public List<(long Id, string Label)> Logs { get; private set; } = [];

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
        return await ActAsync(async () =>
        {
            var actor = User.Actor();
            await households.AddVisitAsync(actor, await households.ReachAsync(actor, ct), Id, Visit, ct);
        }, "已记录走访。", $"/manage/households/{Id}", async () => await LoadAsync(ct));
    }

    /// <summary>
    /// Deletes a mistaken visit with a reason. One made during a stay also takes one household off that stay's
    /// 走访农户 (under the rule for correcting that log), so the figure moves by exactly one; see <see cref="HouseholdService.DeleteVisitAsync"/>.
    /// </summary>
    public async Task<IActionResult> OnPostDeleteVisitAsync(long visitId, string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Household.Full) return Forbid();
        if (Visits.All(v => v.Id != visitId)) return NotFound();
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "删除");
            var actor = User.Actor();
            await households.DeleteVisitAsync(actor, await households.ReachAsync(actor, ct), visitId, reason,
                options.Value.FieldLogCorrectionDays, ct);
        }, "已删除走访记录。", $"/manage/households/{Id}", async () => await LoadAsync(ct));
    }

    /// <summary>移出台账: the household and its visits stay for history; it takes no new visits.</summary>
    public async Task<IActionResult> OnPostRetireAsync(string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Household.Full) return Forbid();
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "移出台账");
            var actor = User.Actor();
            await households.RetireAsync(await households.ReachAsync(actor, ct), Id, reason, ct);
        }, "已移出台账。", $"/manage/households/{Id}", async () => await LoadAsync(ct));
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
