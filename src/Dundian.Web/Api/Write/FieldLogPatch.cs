using Dundian.Core.FieldWork;

namespace Dundian.Web.Api.Write;

/// <summary>
/// A correction (JSON merge-patch style): only the fields given change; <see cref="Reason"/> is required and goes to
/// the audit log. The participant of a log is never changed (delete and file again instead).
/// </summary>
public sealed record FieldLogPatch
{
    public string? Reason { get; init; }
    public int? VillageId { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public int? HouseholdsVisited { get; init; }
    public int? Symposiums { get; init; }
    public int? SymposiumAttendees { get; init; }
    public int? Talks { get; init; }
    public int? ConsolationHouseholds { get; init; }
    public decimal? ConsolationAmountYuan { get; init; }
    public int? PolicyTalks { get; init; }
    public int? DialogueParticipants { get; init; }
    public int? ProblemsSolvedOnSpot { get; init; }
    public string? Location { get; init; }
    public string? Notes { get; init; }

    public FieldLogInput ApplyTo(FieldLog log) => new()
    {
        ParticipantId = log.ParticipantId, VillageId = VillageId ?? log.VillageId,
        StartDate = StartDate ?? log.StartDate, EndDate = EndDate ?? log.EndDate,
        HouseholdsVisited = HouseholdsVisited ?? log.HouseholdsVisited, Symposiums = Symposiums ?? log.Symposiums,
        SymposiumAttendees = SymposiumAttendees ?? log.SymposiumAttendees, Talks = Talks ?? log.Talks,
        ConsolationHouseholds = ConsolationHouseholds ?? log.ConsolationHouseholds,
        ConsolationAmountYuan = ConsolationAmountYuan ?? log.ConsolationAmountYuan, PolicyTalks = PolicyTalks ?? log.PolicyTalks,
        DialogueParticipants = DialogueParticipants ?? log.DialogueParticipants,
        ProblemsSolvedOnSpot = ProblemsSolvedOnSpot ?? log.ProblemsSolvedOnSpot,
        Location = Location ?? log.Location, Notes = Notes ?? log.Notes,
    };
}
