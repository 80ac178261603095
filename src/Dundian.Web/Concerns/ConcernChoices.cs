using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Concerns;

/// <summary>Select lists of the concern forms: categories, and villages grouped by town (valid today).</summary>
public class ConcernChoices(DundianDbContext db, TimeProvider clock)
{
    public Task<List<ConcernCategory>> CategoriesAsync(CancellationToken ct = default) =>
        db.ConcernCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>Villages by town; <paramref name="villageIds"/> limits them (staff scope), null means all.</summary>
    public async Task<List<VillageGroup>> VillagesAsync(IReadOnlyCollection<int>? villageIds = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Level == OrgLevel.Town || u.Level == OrgLevel.Village).ToListAsync(ct);
        var valid = units.Where(u => u.IsValidOn(today)).ToList();
        return valid.Where(u => u.Level == OrgLevel.Town).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new VillageGroup(t.Name, valid
                .Where(v => v.ParentId == t.Id && v.Level == OrgLevel.Village && (villageIds is null || villageIds.Contains(v.Id)))
                .OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => (v.Id, v.Name)).ToList()))
            .Where(g => g.Villages.Count > 0).ToList();
    }
}
