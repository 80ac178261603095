using Dundian.Core.Data;
using Dundian.Search;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

/// <summary>
/// The org tree's names (县, 镇, 村) taught to the segmenter, which does not know most village names and would cut
/// them into single characters: at start and whenever an org unit is added or renamed on any node
/// (<see cref="Dundian.Core.Cluster.IndexingTask.OrgUnitNames"/>). Words are only ever added: a renamed unit's old
/// name stays a word, which harms nothing.
/// </summary>
public static class PlaceNames
{
    public static async Task TeachAsync(DundianDbContext db, CancellationToken ct = default) =>
        JiebaAnalyzer.AddWords(await db.OrgUnits.AsNoTracking().Select(u => u.Name).ToListAsync(ct));
}
