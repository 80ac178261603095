using Dundian.Core.FieldWork;

namespace Dundian.Web.Api.Write;

/// <summary>A stay as the API reads and writes it; JSON names are camelCase. Counts default to 0.</summary>
public sealed record FieldLogBody
{
    public int ParticipantId { get; init; }
    public int VillageId { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int HouseholdsVisited { get; init; }
    public int Symposiums { get; init; }
    public int SymposiumAttendees { get; init; }
    public int Talks { get; init; }
    public int ConsolationHouseholds { get; init; }
    public decimal ConsolationAmountYuan { get; init; }
    public int PolicyTalks { get; init; }
    public int DialogueParticipants { get; init; }
    public int ProblemsSolvedOnSpot { get; init; }
    public string? Location { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<int>? HouseholdIds { get; init; }

    public FieldLogInput ToInput() => new()
    {
        ParticipantId = ParticipantId, VillageId = VillageId, StartDate = StartDate, EndDate = EndDate,
        HouseholdsVisited = HouseholdsVisited, Symposiums = Symposiums, SymposiumAttendees = SymposiumAttendees, Talks = Talks,
        ConsolationHouseholds = ConsolationHouseholds, ConsolationAmountYuan = ConsolationAmountYuan, PolicyTalks = PolicyTalks,
        DialogueParticipants = DialogueParticipants, ProblemsSolvedOnSpot = ProblemsSolvedOnSpot, Location = Location, Notes = Notes,
        HouseholdIds = HouseholdIds ?? [],
    };
}
