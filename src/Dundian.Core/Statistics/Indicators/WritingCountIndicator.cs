using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>驻村蹲点手记 / 调研报告 (篇): submitted, approved or published writings; each row counts 1.</summary>
public sealed class WritingCountIndicator<T>(string key, string label, Func<IndicatorSources, IQueryable<T>> source)
    : Indicator, IBatchedIndicator where T : ReviewedWriting
{
    public Task<System.Linq.Expressions.Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct)
    {
        var q = source(sources);
        return Task.FromResult<System.Linq.Expressions.Expression<Func<long>>?>(() => q.LongCount());
    }

    public decimal FromScalar(long raw) => raw;

    public override string Key => key;
    public override string Label => label;
    public override string Unit => "篇";

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        await source(sources).CountAsync(ct);

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        var rows = await source(sources).OrderBy(w => w.SubmittedAt).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Title, Author = w.Author!.Name, Village = w.Village!.Name, w.SubmittedAt })
            .ToListAsync(ct);
        return rows.Select(r => new DrillDownRow(typeof(T).Name, r.Id, $"{r.Title}({r.Author})", r.Village,
            r.SubmittedAt is { } at ? DateOnly.FromDateTime(Common.ChinaTime.ToLocal(at)) : null, null, 1)).ToList();
    }
}
