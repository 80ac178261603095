using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Households;

/// <summary>
/// 民情台账: the households the user may see, filtered by village and 困难类型. Names, phones and ID numbers come
/// from <see cref="HouseholdService"/> already masked where the user's scope does not cover the village.
/// </summary>
public class IndexModel(HouseholdService households, Dundian.Core.Data.DundianDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public int? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public HardshipKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<HouseholdRow> Rows { get; private set; } = [];
    public List<OrgUnit> Villages { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool MayAdd { get; private set; }
    public bool MayImport { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (!HouseholdService.MayUse(actor.Scope)) return Forbid();
        if (!ModelState.IsValid) { VillageId = null; Kind = null; }
        var reach = await households.ReachAsync(actor, ct);
        Villages = await households.VillagesAsync(reach, fullOnly: false, ct);
        MayAdd = reach.OfficePaths.Count > 0 || reach.OwnVillageIds.Count > 0;
        MayImport = reach.OfficePaths.Count > 0;
        (Total, _) = await households.ListAsync(reach, VillageId, Kind, 1, 1, ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        (Total, Rows) = await households.ListAsync(reach, VillageId, Kind, PageNumber, PageSize, ct);
        return Page();
    }

    /// <summary>The filtered register as .xlsx, streamed, masked exactly as the list (by the user's scope).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (!HouseholdService.MayUse(actor.Scope)) return Forbid();
        if (!ModelState.IsValid) { VillageId = null; Kind = null; }
        var reach = await households.ReachAsync(actor, ct);
        var (total, _) = await households.ListAsync(reach, VillageId, Kind, 1, 1, ct);
        await db.AuditAsync("导出Excel", "Household", null, $"民情台账 {total} 户", ct);
        return new Dundian.Web.Exports.XlsxDownload("民情台账.xlsx", Dundian.Web.Exports.HouseholdSheet.Build(households.StreamAsync(reach, VillageId, Kind, ct)));
    }

    public string PageUrl(int page) => "/manage/households" + QueryString.Create(new Dictionary<string, string?>
    {
        ["villageId"] = VillageId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["kind"] = Kind?.ToString(),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(x => x.Value is not null)).ToUriComponent();
}
