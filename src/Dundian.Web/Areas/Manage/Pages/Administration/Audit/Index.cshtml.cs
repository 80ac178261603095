using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Auditing;
using Dundian.Web.Exports;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Audit;

/// <summary>
/// The audit log, for SystemAdmins only: it holds every account's sign-ins and client addresses, which is
/// security information rather than campaign work. An admin whose scope is below the tree's root sees only the
/// entries of accounts inside his scope. Entries read in Chinese (<see cref="AuditText"/>: record types, field names,
/// enum labels, old → new), filtered by person, unit (accounts granted under it), kind of record, action and date, and
/// the filtered list exports to .xlsx, streamed whatever its length (the export itself is audited).
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
public class IndexModel(DundianDbContext db, OrgTree tree) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    public Picker Units { get; private set; } = null!;

    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionName { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var query = await FilteredAsync();
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    /// <summary>The filtered entries as .xlsx, newest first, streamed row by row (<see cref="XlsxDownload"/>).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var query = (await FilteredAsync()).OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
        await db.AuditAsync("导出Excel", "AuditEntry", null, $"审计日志 {await query.CountAsync(ct)} 条", ct);
        return new XlsxDownload("审计日志.xlsx", new XlsxAsyncSheet("审计日志", ["时间(北京时间)", "用户", "IP 地址", "操作", "对象类型", "对象编号", "内容"],
            query.AsAsyncEnumerable().Cells(e => [ChinaTime.ToLocal(e.At), e.UserName, e.IpAddress,
                AuditText.Action(e.Action), RecordTypes.Name(e.EntityType), e.EntityKey, AuditText.Summary(e.EntityType, e.Details)])));
    }

    private async Task<IQueryable<AuditEntry>> FilteredAsync()
    {
        var scope = User.Scope();
        Units = Picker.ForUnits("unitId", "单位", await tree.UnderAsync(scope.PathsFor(StaffRole.SystemAdmin)), UnitId) with { Empty = "全部单位" };
        var query = await ScopedAsync(db.AuditEntries.AsNoTracking());
        if (UnitId is { } unitId)
        {
            // Work done by the accounts granted on the unit or below it.
            var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync() ?? "/none/";
            var ids = await db.RoleGrants.Where(g => g.OrgUnit!.Path.StartsWith(path)).Select(g => g.UserId).Distinct().ToListAsync();
            query = query.Where(e => e.UserId != null && ids.Contains(e.UserId));
        }
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(e => e.UserName!.Contains(UserName.Trim()));
        if (!string.IsNullOrWhiteSpace(ActionName)) query = query.Where(e => e.Action == ActionName);
        if (!string.IsNullOrWhiteSpace(EntityType)) query = query.Where(e => e.EntityType == EntityType.Trim());
        // Dates are China dates: a day runs from 00:00 to 24:00 Beijing time.
        if (From is { } from) { var start = ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)); query = query.Where(e => e.At >= start); }
        if (To is { } to) { var end = ChinaTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)); query = query.Where(e => e.At < end); }
        return query;
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["userName"] = UserName, ["action"] = ActionName, ["entityType"] = EntityType, ["unitId"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary>The export link: the current filters with the Export handler.</summary>
    public string ExportLink => PageLink(1).Replace("?", "?handler=Export&", StringComparison.Ordinal);

    private async Task<IQueryable<AuditEntry>> ScopedAsync(IQueryable<AuditEntry> query)
    {
        var scope = User.Scope();
        var roots = await db.OrgUnits.Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync();
        if (roots.Any(scope.CoversUnit)) return query;
        var grants = await db.RoleGrants.Select(g => new { g.UserId, g.OrgUnit!.Path }).ToListAsync();
        var ids = grants.Where(g => scope.CoversUnit(g.Path)).Select(g => g.UserId).Distinct().ToList();
        return query.Where(e => e.UserId != null && ids.Contains(e.UserId));
    }
}
