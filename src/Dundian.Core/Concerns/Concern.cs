using Dundian.Core.Org;

namespace Dundian.Core.Concerns;

/// <summary>
/// A resident's concern or complaint (民情诉求 / 投诉). Its lifecycle lives here: every step checks that it is
/// allowed from the current status, changes the state and appends an event, so the history cannot drift
/// from the state. Times are UTC and passed in (the caller's TimeProvider), which keeps the rules testable.
/// </summary>
public partial class Concern
{
    public int Id { get; set; }
    public required string TrackingNumber { get; set; }
    /// <summary>SHA-256 of the resident's query code; the code itself is shown once and never stored.</summary>
    public required string QueryCodeHash { get; set; }
    public int CategoryId { get; set; }
    public ConcernCategory? Category { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    public required string Description { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public ConcernSource Source { get; set; }
    /// <summary>The stay (蹲点日志) during which a cadre took this concern in; FieldLog ids are 64-bit.</summary>
    public long? FieldLogId { get; set; }
    public string? Location { get; set; }
    /// <summary>The hotline's own call number (12345 工单号) of a concern taken from a hotline batch; unique, so the
    /// same batch imported twice creates nothing twice. Null for concerns entered here.</summary>
    public string? ExternalNumber { get; private set; }

    public ConcernStatus Status { get; private set; }
    public int? AssignedUnitId { get; private set; }
    public OrgUnit? AssignedUnit { get; set; }
    public DateTime? DueAt { get; private set; }
    public DateTime? ExtensionRequestedUntil { get; private set; }
    public int EscalationLevel { get; private set; }
    public int ReopenCount { get; private set; }
    public string? Result { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int? MergedIntoId { get; private set; }

    public List<ConcernEvent> Events { get; set; } = [];
    /// <summary>Optional photos (evidence, never required); the files are readable only by staff of the village.</summary>
    public List<ConcernPhoto> Photos { get; set; } = [];

    public bool IsOpen => Status is ConcernStatus.Assigned or ConcernStatus.InProgress;
    public bool IsOverdue(DateTime nowUtc) => IsOpen && DueAt < nowUtc;
    public bool HasPendingExtension => ExtensionRequestedUntil is not null;

    /// <summary>受理: a new concern. Text is trimmed; an empty description is refused.</summary>
    public static Concern Receive(string trackingNumber, string queryCodeHash, ConcernCategory category, int villageId,
        string description, ConcernSource source, DateTime atUtc, string? actor)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new ConcernRuleException("请填写诉求内容。");
        var concern = new Concern
        {
            TrackingNumber = trackingNumber, QueryCodeHash = queryCodeHash, Category = category, CategoryId = category.Id,
            VillageId = villageId, Description = description.Trim(), Source = source, ReceivedAt = atUtc,
        };
        concern.Record(ConcernEventKind.Received, atUtc, actor, "已受理", isPublic: true);
        return concern;
    }

    private void Record(ConcernEventKind kind, DateTime atUtc, string? actor, string? note, bool isPublic) =>
        Events.Add(new ConcernEvent { At = atUtc, Kind = kind, StatusAfter = Status, Actor = actor, Note = note, IsPublic = isPublic });

    private void Require(string step, params ConcernStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new ConcernRuleException($"诉求当前状态为“{ConcernStatusNames.Of(Status)}”,不能{step}。");
    }

    private static string Required(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new ConcernRuleException(message) : text.Trim();
}
