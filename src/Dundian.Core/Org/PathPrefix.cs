using System.Linq.Expressions;

namespace Dundian.Core.Org;

/// <summary>
/// "Under this unit" as a filter on a materialised-path column that the database can answer from an index.
/// SQLite never uses an index for LIKE here (LIKE is case-insensitive and EF adds an ESCAPE clause), so there
/// the prefix becomes the equivalent range <c>prefix ≤ path &lt; prefix-with-last-char-incremented</c> (paths are
/// ASCII digits and '/', compared bytewise). PostgreSQL keeps <c>LIKE 'prefix%'</c>, which uses the
/// <c>varchar_pattern_ops</c> indexes whatever the database collation is; a range there would depend on it.
/// </summary>
public static class PathPrefix
{
    private static readonly System.Reflection.MethodInfo Compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly System.Reflection.MethodInfo StartsWith =
        typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<T> WhereUnder<T>(this IQueryable<T> query, Expression<Func<T, string>> path, string prefix, bool asRange)
    {
        Expression body;
        if (asRange && prefix.Length > 0)
        {
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            body = Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(Compare, path.Body, Parameter(prefix)), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(Compare, path.Body, Parameter(upper)), Expression.Constant(0)));
        }
        else body = Expression.Call(path.Body, StartsWith, Parameter(prefix));
        return query.Where(Expression.Lambda<Func<T, bool>>(body, path.Parameters));
    }

    /// <summary>A closure member, so EF sends the value as a parameter and caches one plan for all units.</summary>
    private static Expression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Boxed(value)), nameof(Boxed.Value));

    private sealed record Boxed(string Value);
}
