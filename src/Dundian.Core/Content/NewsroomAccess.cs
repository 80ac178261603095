using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Content;

/// <summary>
/// Who works in the newsroom. Channels have no org unit of their own: the portal is the site of the organisation at
/// the root of the org tree (中共宁波市委组织部), so newsroom roles count only when granted on that root unit — an
/// editor granted on 象山县 edits county records, not the city portal. Editors (and admins) write; reviewers review
/// at the levels a channel assigns them (<see cref="Dundian.Core.Content.ChannelReviewer"/>); admins configure channels.
/// Every page and handler asks here.
/// </summary>
public class NewsroomAccess(DundianDbContext db)
{
    public static readonly StaffRole[] Writers = [StaffRole.Editor, StaffRole.SystemAdmin];
    public static readonly StaffRole[] Reviewers = [StaffRole.Reviewer, StaffRole.SystemAdmin];

    /// <summary>For the navigation only (no database): may this user have any newsroom page?</summary>
    public static bool MayUse(StaffScope scope) =>
        scope.Has(StaffRole.Editor) || scope.Has(StaffRole.Reviewer) || scope.Has(StaffRole.SystemAdmin);

    private string? sitePath;

    /// <summary>The path of the org unit that owns the portal (the root).</summary>
    public async Task<string> SitePathAsync(CancellationToken ct = default) =>
        sitePath ??= await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Id)
            .Select(u => u.Path).FirstAsync(ct);

    public async Task<bool> MayWriteAsync(StaffScope scope, CancellationToken ct = default) =>
        scope.CoversAny(Writers, await SitePathAsync(ct));

    public async Task<bool> MayReviewAsync(StaffScope scope, CancellationToken ct = default) =>
        scope.CoversAny(Reviewers, await SitePathAsync(ct));

    public async Task<bool> MayManageChannelsAsync(StaffScope scope, CancellationToken ct = default) =>
        scope.Covers(StaffRole.SystemAdmin, await SitePathAsync(ct));

    public async Task<bool> MayEnterAsync(StaffScope scope, CancellationToken ct = default) =>
        await MayWriteAsync(scope, ct) || await MayReviewAsync(scope, ct);
}
