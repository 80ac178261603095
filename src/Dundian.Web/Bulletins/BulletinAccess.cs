using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Bulletins;

/// <summary>
/// Bulletins are the office's work: the campaign office (or an admin) whose grant covers the campaign's own org unit —
/// the same rule as setting the campaign up. A town's office thus runs its township campaign's bulletins only.
/// </summary>
public static class BulletinAccess
{
    public static bool MayUse(StaffScope scope) => scope.IsOffice();

    /// <summary>The campaign's org path when the scope may manage it; null when not (or when the campaign does not exist).</summary>
    public static async Task<bool> MayManageCampaignAsync(this DundianDbContext db, StaffScope scope, int campaignId, CancellationToken ct)
    {
        var path = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.OrgUnit!.Path).FirstOrDefaultAsync(ct);
        return path is not null && scope.MayManage(path);
    }

    public static async Task<bool> MayManageSeriesAsync(this DundianDbContext db, StaffScope scope, int seriesId, CancellationToken ct)
    {
        var path = await db.BulletinSeries.Where(s => s.Id == seriesId).Select(s => s.Campaign!.OrgUnit!.Path).FirstOrDefaultAsync(ct);
        return path is not null && scope.MayManage(path);
    }
}
