using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Audit;

/// <summary>
/// The audit log, for SystemAdmins only: it holds every account's sign-ins and client addresses, which is
/// security information rather than campaign work. An admin whose scope is below the tree's root sees only the
/// entries of accounts inside his scope.
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
public class IndexModel(DundianDbContext db) : PageModel
{
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
        var query = await ScopedAsync(db.AuditEntries.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(e => e.UserName!.Contains(UserName.Trim()));
        if (!string.IsNullOrWhiteSpace(ActionName)) query = query.Where(e => e.Action == ActionName);
        if (!string.IsNullOrWhiteSpace(EntityType)) query = query.Where(e => e.EntityType == EntityType.Trim());
        // Dates are China dates: a day runs from 00:00 to 24:00 Beijing time.
        if (From is { } from) { var start = ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)); query = query.Where(e => e.At >= start); }
        if (To is { } to) { var end = ChinaTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)); query = query.Where(e => e.At < end); }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["userName"] = UserName, ["action"] = ActionName, ["entityType"] = EntityType,
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

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
