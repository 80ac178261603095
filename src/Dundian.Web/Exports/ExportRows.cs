namespace Dundian.Web.Exports;

/// <summary>Turns a query's rows, read one at a time, into sheet rows.</summary>
public static class ExportRows
{
    public static async IAsyncEnumerable<IReadOnlyList<object?>> Cells<T>(this IAsyncEnumerable<T> items, Func<T, IReadOnlyList<object?>> row)
    {
        await foreach (var item in items) yield return row(item);
    }

    public static async IAsyncEnumerable<IReadOnlyList<object?>> Cells<T>(this IEnumerable<T> items, Func<T, IReadOnlyList<object?>> row)
    {
        await Task.CompletedTask;
        foreach (var item in items) yield return row(item);
    }

    /// <summary>A UTC instant as Beijing time, for a date-time cell.</summary>
    public static DateTime? Local(DateTime? utc) => utc is { } t ? Dundian.Core.Common.ChinaTime.ToLocal(t) : null;

    /// <summary>Money kept in fen, as yuan.</summary>
    public static decimal Yuan(long fen) => fen / 100m;
}
