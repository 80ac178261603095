using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Core.Campaigns;
using Dundian.Core.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Uploads;

/// <summary>
/// Who may open a file at /files/{id}. A public file: anyone. A private file: exactly those who may read the record
/// that owns it — a concern's photo those whose concern roles cover the concern's village (<see cref="ConcernAccess"/>;
/// an editor or reviewer granted on the city may not open concerns, so not their photos either), a campaign
/// document's attachment those who may set up that campaign. A private file no record owns (left by a failed save,
/// awaiting the sweep) is readable by nobody. A new kind of private file adds its owner here.
/// </summary>
public sealed class FileReadAccess(DundianDbContext db)
{
    public async Task<bool> MayReadAsync(StaffScope scope, StoredFile file, CancellationToken ct = default)
    {
        if (file.IsPublic) return true;
        if (scope.Grants.Count == 0) return false;

        var villagePath = await db.ConcernPhotos.AsNoTracking().Where(p => p.FileId == file.Id)
            .Select(p => db.Concerns.Where(c => c.Id == p.ConcernId).Select(c => c.Village!.Path).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        if (villagePath is not null) return ConcernAccess.Covers(scope, villagePath);

        var campaignPath = await db.CampaignDocumentAttachments.AsNoTracking().Where(a => a.StoredFileId == file.Id)
            .Select(a => db.CampaignDocuments.Where(d => d.Id == a.DocumentId).Select(d => d.Campaign!.OrgUnit!.Path).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        return campaignPath is not null && scope.MayManage(campaignPath);
    }
}
