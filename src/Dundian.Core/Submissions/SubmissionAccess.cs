using System.Security.Claims;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Submissions;

/// <summary>
/// 信息报送 scope. Staff working for a unit submit in its name (units under their grants); editors and admins
/// handle (adopt, decline, rank) items from units under theirs. Scoring rules are site-wide, so only an editor
/// or admin whose grant covers the root unit sets them. Every page and handler asks here.
/// </summary>
public class SubmissionAccess(DundianDbContext db, OrgTree tree)
{
    public static readonly StaffRole[] SubmitterRoles =
        [StaffRole.CampaignOffice, StaffRole.GroupLead, StaffRole.Cadre, StaffRole.Editor, StaffRole.SystemAdmin];

    public static readonly StaffRole[] HandlerRoles = [StaffRole.Editor, StaffRole.SystemAdmin];

    public static bool MaySubmit(StaffScope scope) => scope.PathsFor(SubmitterRoles).Count > 0;

    public static bool MayHandle(StaffScope scope) => scope.PathsFor(HandlerRoles).Count > 0;

    public static bool MayUse(StaffScope scope) => MaySubmit(scope) || MayHandle(scope);

    public static IReadOnlyList<string> HandlerPaths(StaffScope scope) => scope.PathsFor(HandlerRoles);

    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public Task<List<OrgUnit>> SubmitterUnitsAsync(StaffScope scope, CancellationToken ct = default) =>
        tree.UnderAsync(scope.PathsFor(SubmitterRoles), ct);

    public async Task<bool> MaySetRulesAsync(StaffScope scope, CancellationToken ct = default)
    {
        var roots = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync(ct);
        return roots.Any(r => scope.CoversAny(HandlerRoles, r));
    }

    /// <summary>Items the user may see: from units under a handler grant, plus the user's own submissions; newest first.</summary>
    public async Task<List<Submission>> ListAsync(StaffScope scope, string userId, SubmissionStatus? status, CancellationToken ct = default)
    {
        var found = new Dictionary<int, Submission>();
        IQueryable<Submission> Base() => db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Channel)
            .Where(s => status == null || s.Status == status);
        foreach (var path in HandlerPaths(scope))
            foreach (var s in await Base().Where(s => s.UnitPath.StartsWith(path)).OrderByDescending(s => s.Id).Take(500).ToListAsync(ct))
                found[s.Id] = s;
        foreach (var s in await Base().Where(s => s.SubmitterId == userId).OrderByDescending(s => s.Id).Take(500).ToListAsync(ct))
            found[s.Id] = s;
        return found.Values.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).ToList();
    }

    /// <summary>The item (tracked) and whether the user may see it and handle it.</summary>
    public async Task<(Submission? Item, bool MaySee, bool MayHandle)> LoadAsync(StaffScope scope, string userId, int id,
        CancellationToken ct = default)
    {
        var s = await db.Submissions.Include(x => x.Unit).Include(x => x.Channel).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return (null, false, false);
        var handle = scope.CoversAny(HandlerRoles, s.UnitPath);
        return (s, handle || s.SubmitterId == userId, handle);
    }
}
