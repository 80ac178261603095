using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Query;

namespace Dundian.Core.Common;

/// <summary>Builds query predicates that EF Core translates on SQLite and PostgreSQL alike.</summary>
public static class QueryPredicates
{
    public static Expression<Func<T, bool>> Never<T>() => _ => false;

    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b)
    {
        var body = ReplacingExpressionVisitor.Replace(b.Parameters[0], a.Parameters[0], b.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, body), a.Parameters);
    }

    /// <summary>
    /// path LIKE p1% OR path LIKE p2% …: "under any of these org units". Each prefix is a captured value,
    /// so it becomes a SQL parameter (an index-friendly prefix LIKE), never text spliced into SQL.
    /// </summary>
    public static Expression<Func<T, bool>> StartsWithAny<T>(Expression<Func<T, string>> path, IEnumerable<string> prefixes)
    {
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var prefix in prefixes.Distinct())
        {
            var box = new StrongBox<string>(prefix);
            var value = Expression.Field(Expression.Constant(box), nameof(StrongBox<string>.Value));
            var test = Expression.Call(path.Body, startsWith, value);
            body = body is null ? test : Expression.OrElse(body, test);
        }
        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(false), path.Parameters);
    }
}
