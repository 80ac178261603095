namespace Dundian.Core.FieldWork;

/// <summary>What a person enters for one stay. Counts default to zero; location and notes are optional.</summary>
public sealed record FieldLogInput
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
    /// <summary>Households of the register visited in this stay (optional).</summary>
    public IReadOnlyList<int> HouseholdIds { get; init; } = [];
}
