using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Submissions;

/// <summary>
/// Submitting, adopting and declining items, the scoring rules and the ranking. Callers check the user's scope
/// (the web layer's SubmissionAccess); this service checks the input and the rules.
/// </summary>
public class SubmissionService(DundianDbContext db, TimeProvider clock)
{
    public async Task<Submission> SubmitAsync(int unitId, string? title, string? text, string submitterId, string submitterName,
        CancellationToken ct = default)
    {
        title = title?.Trim() ?? "";
        text = text?.Trim() ?? "";
        if (title.Length == 0) throw new ValidationException("Title", "请填写标题。");
        if (title.Length > Submission.MaxTitle) throw new ValidationException("Title", $"标题不能超过 {Submission.MaxTitle} 个字。");
        if (text.Length == 0) throw new ValidationException("Text", "请填写正文。");
        if (text.Length > Submission.MaxText) throw new ValidationException("Text", $"正文不能超过 {Submission.MaxText} 个字。");
        if (PlainTextInput.HasMarkup(title) || PlainTextInput.HasMarkup(text))
            throw new ValidationException("Text", "标题和正文请使用纯文本,不能包含网页标记。");
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == unitId, ct)
                   ?? throw new ValidationException("UnitId", "请选择报送单位。");
        var submission = new Submission
        {
            Title = title, Text = text, UnitId = unit.Id, UnitPath = unit.Path,
            SubmitterId = submitterId, SubmitterName = submitterName, SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>Points an item adopted into <paramref name="channelId"/> earns under today's rules: base + channel bonus.</summary>
    public async Task<int> PointsForAsync(int channelId, CancellationToken ct = default)
    {
        var rules = await db.ScoringRules.AsNoTracking().Where(r => r.ChannelId == null || r.ChannelId == channelId).ToListAsync(ct);
        return rules.Sum(r => r.Points);
    }

    public async Task AdoptAsync(Submission submission, int channelId, string editorName, CancellationToken ct = default)
    {
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == channelId, ct)
                      ?? throw new ValidationException("channelId", "请选择采用到的栏目。");
        submission.Adopt(channel, await PointsForAsync(channel.Id, ct), editorName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeclineAsync(Submission submission, string? reason, string editorName, CancellationToken ct = default)
    {
        submission.Decline(reason, editorName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the base points (channel null) or a channel's bonus; 0 removes a channel's bonus.</summary>
    public async Task SetRuleAsync(int? channelId, int points, CancellationToken ct = default)
    {
        if (points is < 0 or > 100) throw new ValidationException("points", "分值应在 0–100 之间。");
        if (channelId is not null && !await db.Channels.AnyAsync(c => c.Id == channelId, ct))
            throw new ValidationException("channelId", "栏目不存在。");
        var rule = await db.ScoringRules.FirstOrDefaultAsync(r => r.ChannelId == channelId, ct);
        if (rule is null) db.ScoringRules.Add(new ScoringRule { ChannelId = channelId, Points = points });
        else if (channelId is not null && points == 0) db.ScoringRules.Remove(rule);
        else rule.Points = points;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Units under <paramref name="paths"/> ranked by the points of items adopted in the period, then by adopted
    /// count; items count in the period they were decided (adopted), submissions in the period they were sent.
    /// </summary>
    public async Task<IReadOnlyList<UnitScore>> RankingAsync(IReadOnlyList<string> paths, RankingPeriod period, CancellationToken ct = default)
    {
        var rows = new Dictionary<int, (string Name, int Submitted, int Adopted, int Points)>();
        foreach (var path in paths)
        {
            var inScope = db.Submissions.AsNoTracking().Where(s => s.UnitPath.StartsWith(path));
            var adopted = await inScope
                .Where(s => s.Status == SubmissionStatus.Adopted && s.DecidedAt >= period.FromUtc && s.DecidedAt < period.ToUtc)
                .GroupBy(s => new { s.UnitId, s.Unit!.Name })
                .Select(g => new { g.Key.UnitId, g.Key.Name, Count = g.Count(), Points = g.Sum(s => s.Points) }).ToListAsync(ct);
            var sent = await inScope.Where(s => s.SubmittedAt >= period.FromUtc && s.SubmittedAt < period.ToUtc)
                .GroupBy(s => new { s.UnitId, s.Unit!.Name })
                .Select(g => new { g.Key.UnitId, g.Key.Name, Count = g.Count() }).ToListAsync(ct);
            foreach (var s in sent) rows[s.UnitId] = (s.Name, s.Count, 0, 0);
            foreach (var a in adopted)
            {
                var r = rows.TryGetValue(a.UnitId, out var seen) ? seen : (Name: a.Name, Submitted: 0, Adopted: 0, Points: 0);
                rows[a.UnitId] = (a.Name, r.Submitted, a.Count, a.Points);
            }
        }
        var ordered = rows.OrderByDescending(r => r.Value.Points).ThenByDescending(r => r.Value.Adopted)
            .ThenBy(r => r.Value.Name, StringComparer.Ordinal).ToList();
        var result = new List<UnitScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (id, v) = (ordered[i].Key, ordered[i].Value);
            // Equal points and adopted count share a rank (1, 2, 2, 4).
            var rank = i > 0 && result[i - 1].Points == v.Points && result[i - 1].Adopted == v.Adopted ? result[i - 1].Rank : i + 1;
            result.Add(new UnitScore(rank, id, v.Name, v.Submitted, v.Adopted, v.Points));
        }
        return result;
    }
}
