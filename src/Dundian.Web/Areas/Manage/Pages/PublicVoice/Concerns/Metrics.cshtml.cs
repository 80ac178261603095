using Dundian.Core.Concerns;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>办理情况统计: handling metrics per unit and per village, over the concerns of the user's villages.</summary>
public class MetricsModel(ConcernMetrics metrics, ConcernAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public ConcernPeriodBasis Basis { get; set; }

    public IReadOnlyList<ConcernMetricsRow> Units { get; private set; } = [];
    public IReadOnlyList<ConcernMetricsRow> Villages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ConcernAccess.MayUse(scope)) return Forbid();
        if (From is { } f && To is { } t && t < f) ModelState.AddModelError(nameof(To), "结束日期不能早于开始日期");
        if (!ModelState.IsValid) return Page();
        // Scoped by village like the list: a unit's row covers only the concerns of villages this user reaches.
        var villages = await access.VillageIdsAsync(scope, ct: ct);
        if (!Enum.IsDefined(Basis)) Basis = ConcernPeriodBasis.Received;
        Units = await metrics.ByUnitAsync(From, To, villages, ct, Basis);
        Villages = await metrics.ByVillageAsync(From, To, villages, ct, Basis);
        return Page();
    }

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0") + "%" : "—";
}
