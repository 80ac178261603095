using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data;

/// <summary>
/// An interceptor (a singleton, shared by every context) that keeps state per context instance between the events
/// of one save — tags to evict, indexing tasks to announce, a transaction of its own. Contexts are pooled, so one
/// instance serves many requests in turn: what a lease left behind (a save inside a transaction that was never
/// committed or rolled back, hence never reported) must not reach the next lease. <see cref="DundianDbContext"/> calls
/// <see cref="Forget"/> at the end of every lease.
/// </summary>
public interface IPerContextState
{
    /// <summary>Drops whatever is held for <paramref name="context"/>; called when its lease ends.</summary>
    void Forget(DbContext context);
}
