using Dundian.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data;

/// <summary>
/// Leases a context from the pool for one scope (a request, a job run) and names the scope's
/// <see cref="IAuditActor"/> as the person behind its saves — EF's documented way to give a pooled context per-request
/// state ("Managing state in pooled contexts"). Scoped; the scope's <see cref="DundianDbContext"/> comes from here.
/// The singleton <see cref="IDbContextFactory{TContext}"/> leases from the same pool with nobody as the actor.
/// </summary>
public sealed class AuditedDbContextFactory(IDbContextFactory<DundianDbContext> pool, IAuditActor? actor = null)
    : IDbContextFactory<DundianDbContext>
{
    public DundianDbContext CreateDbContext()
    {
        var db = pool.CreateDbContext();
        db.Actor = actor;
        return db;
    }
}
