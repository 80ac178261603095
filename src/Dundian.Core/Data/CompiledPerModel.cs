using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dundian.Core.Data;

/// <summary>
/// An EF compiled query (<see cref="EF.CompileAsyncQuery{TContext,TParam1,TResult}(System.Linq.Expressions.Expression{Func{TContext,TParam1,CancellationToken,TResult}})"/>)
/// for each model it meets. A compiled query refuses any model but the first, and one process can hold two: the
/// integration tests host the SQLite and the PostgreSQL application side by side. A deployed node compiles once.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = new();

    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
