using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>
/// Evicts cached portal pages after any save that touches an article or a channel — whoever saves it (the
/// newsroom, the review workflow, the schedule worker, an import), so no code path can forget to. An article
/// change evicts its own page and the lists (its title and date are on them); a channel change evicts everything
/// (the channel bar is on every page); a change to a public comment evicts the page of its article; a change to a record
/// behind a campaign's figures evicts the pages tagged with that campaign (<see cref="FigureCacheTags"/>). Eviction
/// follows the save and again the commit (so a page rendered meanwhile from the old rows is evicted too); a failed save
/// evicts nothing.
/// </summary>
public sealed class PortalCacheInvalidator(IOutputCacheStore store, CacheEvictionMarks marks, ILogger<PortalCacheInvalidator> log)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IPerContextState
{
    // Tags collected before a save, per context, evicted once the save has succeeded.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, HashSet<string>> pending = new();

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null) pending.Remove(eventData.Context);
    }

    /// <summary>A lease ended: tags of a transaction never committed or rolled back are not evicted by the next one.</summary>
    public void Forget(DbContext context)
    {
        lock (pending) pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        await CollectAsync(eventData.Context, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await EvictAsync(eventData.Context, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    // Inside a transaction (the audited save opens one) a reader may still render the old rows until the
    // commit: evict again once it has committed; a rollback leaves nothing to evict.
    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken ct = default) => await EvictAsync(eventData.Context, ct, afterCommit: true);

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context, CancellationToken.None, afterCommit: true).AsTask().GetAwaiter().GetResult();

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not null) lock (pending) pending.Remove(eventData.Context);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken ct = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>The tags a save of these entries makes stale; public for tests.</summary>
    public static HashSet<string> TagsFor(IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> entries)
    {
        var tags = new HashSet<string>();
        foreach (var e in entries)
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (e.Entity)
            {
                // A view counter ticking is no reason to re-render the page (it would empty the cache on every view).
                case Article when e.State == EntityState.Modified
                                  && e.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Article.ViewCount)):
                    break;
                case Article a:
                    tags.Add(PortalCache.ListsTag);
                    if (a.Id > 0) tags.Add(PortalCache.ArticleTag(a.Id));
                    break;
                case Channel:
                    tags.Add(PortalCache.AllTag);
                    break;
                // The 专题 channel page lists published topics and campaigns; a topic's own page carries the lists tag
                // too (its sections list articles), so a topic or section change evicts it with them; the home page
                // arrangement and links.
                case Dundian.Core.Campaigns.Campaign:
                    tags.Add(PortalCache.ListsTag);
                    tags.Add(PortalCache.BulletinsTag);
                    break;
                case Dundian.Core.Topics.SpecialTopic or Dundian.Core.Topics.TopicSection
                    or Dundian.Core.HomePage.HomeSection or Dundian.Core.HomePage.FriendLink:
                    tags.Add(PortalCache.ListsTag);
                    break;
                // The bulletin pages name their campaign, so a campaign renamed evicts them too.
                case Dundian.Core.Bulletins.Bulletin or Dundian.Core.Bulletins.BulletinSeries:
                    tags.Add(PortalCache.BulletinsTag);
                    break;
                // The article page lists its published comments: one that is or was public (approved, replied to,
                // hidden after reports, deleted) makes that article's page stale — only that page, the lists show no
                // comments. A comment waiting for moderation changes nothing a reader sees.
                case Dundian.Core.Community.Comment c when c.ArticleId > 0 && WasOrIsPublic(e):
                    tags.Add(PortalCache.ArticleTag(c.ArticleId));
                    break;
            }
        }
        return tags;
    }

    private static bool WasOrIsPublic(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry e)
    {
        var status = e.Property(nameof(Dundian.Core.Community.CommunityPost.Status));
        return Equals(status.CurrentValue, Dundian.Core.Community.PostStatus.Published)
               || (e.State != EntityState.Added && Equals(status.OriginalValue, Dundian.Core.Community.PostStatus.Published));
    }

    private async Task CollectAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null) return;
        var entries = context.ChangeTracker.Entries().ToList();
        var tags = TagsFor(entries);
        if (context is Dundian.Core.Data.DundianDbContext db) tags.UnionWith(await FigureCacheTags.CollectAsync(db, entries, ct));
        if (tags.Count == 0) return;
        lock (pending) pending.GetOrCreateValue(context).UnionWith(tags);
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken ct, bool afterCommit = false)
    {
        if (context is null) return;
        HashSet<string> tags;
        lock (pending)
        {
            if (!pending.TryGetValue(context, out var found)) return;
            tags = [.. found];
            if (afterCommit || context.Database.CurrentTransaction is null) pending.Remove(context);
        }
        foreach (var tag in tags)
        {
            // Marked first: a render that started before this point may not store its page (CacheEvictionMarks).
            marks.Mark(tag);
            try { await store.EvictByTagAsync(tag, ct); }
            // A cache that cannot be reached (Redis down) must not fail the save that already committed;
            // the pages then expire after PortalCache.Lifetime.
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Output cache eviction of {Tag} failed", tag); }
        }
    }
}
