using Dundian.Core.FieldWork;

namespace Dundian.Web.Api.Write;

/// <summary>A stored stay as the API returns it (stationed days computed, as the figures count them).</summary>
public sealed record FieldLogView(long Id, int CampaignId, int ParticipantId, string? Participant, int VillageId, string? Village,
    DateOnly StartDate, DateOnly EndDate, int Days, int HouseholdsVisited, int Symposiums, int SymposiumAttendees, int Talks,
    int ConsolationHouseholds, decimal ConsolationAmountYuan, int PolicyTalks, int DialogueParticipants, int ProblemsSolvedOnSpot,
    string? Location, string? Notes, DateTime CreatedAt)
{
    public static FieldLogView Of(FieldLog l) => new(l.Id, l.CampaignId, l.ParticipantId, l.Participant?.Name, l.VillageId, l.Village?.Name,
        l.StartDate, l.EndDate, l.Days, l.HouseholdsVisited, l.Symposiums, l.SymposiumAttendees, l.Talks, l.ConsolationHouseholds,
        l.ConsolationAmountYuan, l.PolicyTalks, l.DialogueParticipants, l.ProblemsSolvedOnSpot, l.Location, l.Notes, l.CreatedAt);
}
