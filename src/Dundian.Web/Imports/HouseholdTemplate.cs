using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Imports;

namespace Dundian.Web.Imports;

/// <summary>The register template 「困难户走访」: drop-downs of the office's villages and the 困难类型, checks on the
/// date and the money, and an example household with one visit.</summary>
public class HouseholdTemplate(DundianDbContext db, TimeProvider clock)
{
    public async Task<byte[]> BuildAsync(StaffScope scope, CancellationToken ct)
    {
        var villages = await ImportVillages.LabelsAsync(db, scope.PathsFor(HouseholdImport.Roles), null, ct);
        var day = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime)).AddDays(-1);
        return new ImportTemplate("困难户走访", HouseholdSheet.Headers)
            .List(HouseholdSheet.Village, villages).List(HouseholdSheet.Kind, HardshipKindNames.All.Select(HardshipKindNames.Of))
            .Date(HouseholdSheet.VisitedOn).Yuan(HouseholdSheet.Consolation)
            .ToBytes(new Dictionary<string, object?>
            {
                [HouseholdSheet.Village] = villages.FirstOrDefault() ?? "某某村", [HouseholdSheet.Head] = "王某某", [HouseholdSheet.Phone] = "0574-65000000",
                [HouseholdSheet.Kind] = HardshipKindNames.Of(HardshipKind.Illness), [HouseholdSheet.Situation] = "示例:户主患慢性病,缺少劳动力",
                [HouseholdSheet.Help] = "帮助申请医疗救助", [HouseholdSheet.VisitedOn] = day.ToString("yyyy-MM-dd"),
                [HouseholdSheet.Visitors] = "张三、李四", [HouseholdSheet.Notes] = "走访了解情况,送去慰问金", [HouseholdSheet.Consolation] = 500,
            });
    }
}
