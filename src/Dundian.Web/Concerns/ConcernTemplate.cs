using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Concerns;

/// <summary>The hotline-batch template: drop-downs of the categories, the villages and the handling units in the
/// user's intake scope, a date-time prompt on 受理时间, and an example call.</summary>
public class ConcernTemplate(DundianDbContext db, ConcernAccess access, TimeProvider clock)
{
    public async Task<byte[]> BuildAsync(StaffScope scope, CancellationToken ct)
    {
        var paths = ConcernAccess.Paths(scope, ConcernAccess.IntakeRoles);
        var categories = await db.ConcernCategories.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Name).ToListAsync(ct);
        var villages = await ImportVillages.LabelsAsync(db, paths, null, ct);
        var units = (await access.UnitsAsync(scope, ct)).Where(u => ConcernAccess.Covers(scope, u.Path, ConcernAccess.IntakeRoles))
            .Select(u => u.Name).ToList();
        var at = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        return new ImportTemplate("热线诉求", ConcernSheet.Headers)
            .List(ConcernSheet.Category, categories).List(ConcernSheet.Village, villages).List(ConcernSheet.Unit, units)
            .DateTime(ConcernSheet.ReceivedAt)
            .ToBytes(new Dictionary<string, object?>
            {
                [ConcernSheet.CallNumber] = "12345-" + at.ToString("yyyyMMdd") + "-0001", [ConcernSheet.ReceivedAt] = at.ToString("yyyy-MM-dd 09:30"),
                [ConcernSheet.Category] = categories.FirstOrDefault(), [ConcernSheet.Village] = villages.FirstOrDefault() ?? "某某村",
                [ConcernSheet.Description] = "示例:村口路灯坏了一个多月,晚上出行不便,希望尽快修好。", [ConcernSheet.Reporter] = "王先生",
                [ConcernSheet.Phone] = "13800000000", [ConcernSheet.Location] = "村口公交站旁", [ConcernSheet.Unit] = units.LastOrDefault(),
            });
    }
}
