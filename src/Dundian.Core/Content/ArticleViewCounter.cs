using System.Collections.Concurrent;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Content;

/// <summary>
/// Counts article views in memory and adds them to the database in batches (<see cref="FlushAsync"/>, run every few
/// seconds and at shutdown), so a busy article costs one UPDATE per interval instead of a row write per request.
/// Each flush adds (ViewCount = ViewCount + n), so several app nodes may flush independently. The price: views counted
/// since the last flush are lost if the process dies — acceptable for a reading counter.
/// </summary>
public sealed class ArticleViewCounter
{
    private readonly ConcurrentDictionary<int, int> pending = new();

    public void Record(int articleId) => pending.AddOrUpdate(articleId, 1, (_, n) => n + 1);

    /// <summary>Views on this node not yet written, so the page can show stored + pending.</summary>
    public int Pending(int articleId) => pending.GetValueOrDefault(articleId);

    /// <summary>Writes the counted views; returns how many articles were updated.</summary>
    public async Task<int> FlushAsync(DundianDbContext db, CancellationToken ct = default)
    {
        var written = 0;
        // TryRemove per article: a view recorded meanwhile starts a new count and waits for the next flush.
        foreach (var id in pending.Keys)
        {
            if (!pending.TryRemove(id, out var count)) continue;
            try
            {
                written += await db.Articles.Where(a => a.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + count), ct);
            }
            catch
            {
                // The database is unavailable: put the views back for the next flush, then report.
                pending.AddOrUpdate(id, count, (_, n) => n + count);
                throw;
            }
        }
        return written;
    }
}
