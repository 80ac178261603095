using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using System.Linq.Expressions;
using Dundian.Core.Projects;
using Dundian.Core.Statistics.Totals;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics;

/// <summary>
/// The record sets an <see cref="IndicatorFilter"/> selects, as untracked queries that indicators aggregate
/// in the database. Built by <see cref="StatisticsService"/> once the org unit's path and the participant's
/// group are known. See <see cref="IndicatorFilter"/> for what each part of the filter means per record type.
/// </summary>
public sealed class IndicatorSources(DundianDbContext db, IndicatorFilter filter, string? orgPath, int? participantGroupId)
{
    public DundianDbContext Db => db;
    public IndicatorFilter Filter => filter;

    /// <summary>Stays whose figures count: they start inside the period.</summary>
    public IQueryable<FieldLog> FieldLogs()
    {
        var q = Stays();
        if (filter.From is { } from) q = q.Where(l => l.StartDate >= from);
        if (filter.To is { } to) q = q.Where(l => l.StartDate <= to);
        return q;
    }

    /// <summary>Stays with at least one day inside the period (for stationed days, which are clipped to it).</summary>
    public IQueryable<FieldLog> StaysOverlappingPeriod()
    {
        var q = Stays();
        if (filter.From is { } from) q = q.Where(l => l.EndDate >= from);
        if (filter.To is { } to) q = q.Where(l => l.StartDate <= to);
        return q;
    }

    public IQueryable<FieldNote> FieldNotes() => Writings(db.FieldNotes);

    public IQueryable<ResearchReport> ResearchReports() => Writings(db.ResearchReports);

    /// <summary>Projects that count as 落实 (implemented or completed).</summary>
    public IQueryable<PracticalProject> PracticalProjects()
    {
        var q = db.PracticalProjects.AsNoTracking().Where(p => PracticalProject.Counted.Contains(p.Status));
        if (filter.CampaignId is { } c) q = q.Where(p => p.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(p => p.Campaign!.Tier == t);
        if (orgPath is not null) q = q.WhereUnder(p => p.VillagePath, orgPath, PathAsRange);
        if (GroupOfRecords is { } g) q = q.Where(p => p.GroupId == g);
        if (filter.From is { } from) q = q.Where(p => p.ImplementedOn >= from);
        if (filter.To is { } to) q = q.Where(p => p.ImplementedOn <= to);
        return q;
    }

    public IQueryable<DevelopmentPlan> DevelopmentPlans()
    {
        var q = db.DevelopmentPlans.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(p => p.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(p => p.Campaign!.Tier == t);
        if (orgPath is not null) q = q.WhereUnder(p => p.VillagePath, orgPath, PathAsRange);
        if (GroupOfRecords is { } g) q = q.Where(p => p.GroupId == g);
        if (filter.From is { } from) q = q.Where(p => p.AdoptedOn >= from);
        if (filter.To is { } to) q = q.Where(p => p.AdoptedOn <= to);
        return q;
    }

    /// <summary>Groups of the campaign; under an org unit = with a liaison village under it.</summary>
    public IQueryable<ResearchGroup> Groups()
    {
        var q = db.ResearchGroups.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(g => g.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(g => g.Campaign!.Tier == t);
        if (orgPath is not null) { var under = GroupsWithVillageUnder(orgPath); q = q.Where(g => under.Contains(g.Id)); }
        if (GroupOfRecords is { } id) q = q.Where(g => g.Id == id);
        return q;
    }

    public IQueryable<LiaisonVillage> LiaisonVillages()
    {
        var q = db.LiaisonVillages.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(l => l.Group!.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(l => l.Group!.Campaign!.Tier == t);
        if (orgPath is not null) q = q.WhereUnder(l => l.Village!.Path, orgPath, PathAsRange);
        if (GroupOfRecords is { } g) q = q.Where(l => l.GroupId == g);
        return q;
    }

    /// <summary>Participants; under an org unit = in a group with a liaison village under it.</summary>
    public IQueryable<Participant> Participants()
    {
        var q = db.Participants.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(p => p.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(p => p.Campaign!.Tier == t);
        if (orgPath is not null) { var under = GroupsWithVillageUnder(orgPath); q = q.Where(p => under.Contains(p.GroupId)); }
        if (filter.GroupId is { } g) q = q.Where(p => p.GroupId == g);
        if (filter.ParticipantId is { } id) q = q.Where(p => p.Id == id);
        return q;
    }

    /// <summary>Topics, placed by the registering group (or the registering participant's group).</summary>
    public IQueryable<ResearchTopic> Topics()
    {
        var q = db.ResearchTopics.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(t => t.CampaignId == c);
        if (filter.Tier is { } tier) q = q.Where(t => t.Campaign!.Tier == tier);
        if (orgPath is not null)
        {
            var under = GroupsWithVillageUnder(orgPath);
            q = q.Where(t => under.Contains(t.GroupId) || under.Contains(t.Participant!.GroupId));
        }
        if (filter.GroupId is { } g) q = q.Where(t => t.GroupId == g || t.Participant!.GroupId == g);
        if (filter.ParticipantId is { } p) q = q.Where(t => t.ParticipantId == p || (t.ParticipantId == null && t.GroupId == participantGroupId));
        return q;
    }

    /// <summary>
    /// Sums several field-log columns in one scan instead of one query each: the columns registered by
    /// <see cref="BatchFieldLogSums"/> are summed together on the first request and answered from that row.
    /// The batch lives as long as this object, i.e. one ComputeAsync call, so a log written before the call counts.
    /// </summary>
    public async Task<long> SumFieldLogsAsync(Expression<Func<FieldLog, long>> column, CancellationToken ct)
    {
        if (UsesTotals && TotalsColumn(column) is { } name) return (await FieldLogFiguresAsync(ct)).Sums[name];
        var at = batch?.IndexOf(column) ?? -1;
        if (at < 0) return await FieldLogs().SumAsync(column, ct);
        batchSums ??= SumBatchAsync(batch!, ct);
        return (await batchSums)[at];
    }

    /// <summary>
    /// True when the field-log figures are read from the pre-aggregated rows: <see cref="FieldLogTotal"/> for a filter
    /// without a period, <see cref="FieldLogMonthTotal"/> for a period of whole months. Any other period is computed
    /// from the records (it cuts through stays).
    /// </summary>
    public bool UsesTotals => FieldLogTotalsReader.Applies(filter);

    /// <summary>The field-log sums and stationed days from the totals, read once per ComputeAsync call.</summary>
    public Task<FieldLogFigures> FieldLogFiguresAsync(CancellationToken ct) => figures ??= FieldLogTotalsReader.ReadAsync(this, ct);

    private Task<FieldLogFigures>? figures;

    /// <summary>The figures read by <see cref="StatisticsService"/>'s one-query batch: the indicators then need no query of their own.</summary>
    internal void UseFigures(FieldLogFigures known) => figures = Task.FromResult(known);

    /// <summary>The FieldLog column an indicator sums (<c>l => l.Talks</c>, maybe widened to long), when the totals carry it.</summary>
    private static string? TotalsColumn(Expression<Func<FieldLog, long>> column)
    {
        var body = column.Body is UnaryExpression { NodeType: ExpressionType.Convert } u ? u.Operand : column.Body;
        return body is MemberExpression { Expression: ParameterExpression } m && FieldLogTotalsReader.Columns.Contains(m.Member.Name)
            ? m.Member.Name : null;
    }

    public void BatchFieldLogSums(IEnumerable<Expression<Func<FieldLog, long>>> columns) => batch = columns.Distinct().ToList();

    private List<Expression<Func<FieldLog, long>>>? batch;
    private Task<long[]>? batchSums;

    private async Task<long[]> SumBatchAsync(List<Expression<Func<FieldLog, long>>> columns, CancellationToken ct)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, FieldLog>), "g");
        var sum = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethodDefinition
            && m.GetParameters().Length == 2 && m.GetParameters()[1].ParameterType.GetGenericArguments()[1] == typeof(long))
            .MakeGenericMethod(typeof(FieldLog));
        var row = Expression.NewArrayInit(typeof(long), columns.Select(c => Expression.Call(sum, g, c)));
        var select = Expression.Lambda<Func<IGrouping<int, FieldLog>, long[]>>(row, g);
        return await FieldLogs().GroupBy(l => 1).Select(select).FirstOrDefaultAsync(ct) ?? new long[columns.Count];
    }

    /// <summary>
    /// Ids of the groups with a liaison village under the unit: the structural figures place groups, participants
    /// and topics by it. An uncorrelated IN (…) subquery, evaluated once, rather than an EXISTS per row: SQLite
    /// would otherwise probe the liaison villages once per participant of a province-sized campaign.
    /// </summary>
    private IQueryable<int?> GroupsWithVillageUnder(string path) => LiaisonVillagesUnder(path).Select(l => (int?)l.GroupId);

    /// <summary>Liaison villages under the unit, as a subquery the structural figures place groups by.</summary>
    private IQueryable<LiaisonVillage> LiaisonVillagesUnder(string path) =>
        db.LiaisonVillages.WhereUnder(l => l.Village!.Path, path, PathAsRange);

    /// <summary>The filter's org unit path, or null for no org filter.</summary>
    internal string? OrgPath => orgPath;

    internal bool PathAsRange => db.Database.IsSqlite();

    /// <summary>Group filter for group-owned records: the chosen group, or the chosen participant's group.</summary>
    private int? GroupOfRecords => filter.ParticipantId is not null ? participantGroupId ?? -1 : filter.GroupId;

    /// <summary>Stays the filter selects, ignoring the period.</summary>
    internal IQueryable<FieldLog> Stays()
    {
        var q = db.FieldLogs.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(l => l.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(l => l.Campaign!.Tier == t);
        if (orgPath is not null) q = q.WhereUnder(l => l.VillagePath, orgPath, PathAsRange);
        if (filter.GroupId is { } g) q = q.Where(l => l.Participant!.GroupId == g);
        if (filter.ParticipantId is { } p) q = q.Where(l => l.ParticipantId == p);
        return q;
    }

    private IQueryable<T> Writings<T>(DbSet<T> set) where T : ReviewedWriting
    {
        var q = set.AsNoTracking().Where(w => ReviewedWriting.Counted.Contains(w.Status));
        if (filter.CampaignId is { } c) q = q.Where(w => w.CampaignId == c);
        if (filter.Tier is { } t) q = q.Where(w => w.Campaign!.Tier == t);
        if (orgPath is not null) q = q.WhereUnder(w => w.VillagePath, orgPath, PathAsRange);
        if (filter.GroupId is { } g) q = q.Where(w => w.Author!.GroupId == g);
        if (filter.ParticipantId is { } p) q = q.Where(w => w.AuthorId == p);
        // Submission time is UTC; the period is in China days.
        if (filter.From is { } from) { var start = DayStartUtc(from); q = q.Where(w => w.SubmittedAt >= start); }
        if (filter.To is { } to) { var end = DayStartUtc(to.AddDays(1)); q = q.Where(w => w.SubmittedAt < end); }
        return q;
    }

    private static DateTime DayStartUtc(DateOnly day) => ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
