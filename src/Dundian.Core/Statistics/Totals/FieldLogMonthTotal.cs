using Dundian.Core.Campaigns;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Field logs of one participant in one campaign in one calendar month: the logs that start in the month (their count
/// and the sum of every count column: a stay counts its figures in the period it starts in) and his stationed days in the
/// month (the union of all his stays clipped to the month). Derived data kept in the same transaction as the logs, like
/// <see cref="FieldLogTotal"/>, so a period of whole months (a month, a quarter, a year) is read from these rows at any
/// level of the tree. <see cref="SpanPath"/> is the lowest unit containing the villages of every stay that starts in or
/// overlaps the month; a roll-up takes the row whole under a unit containing it, and recomputes from the records only
/// the rare months in which a person's stays reach above the unit (<see cref="FieldLogMonthTotalsReader"/>).
/// </summary>
public class FieldLogMonthTotal
{
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }
    public string SpanPath { get; set; } = "/";

    public int LogCount { get; set; }
    public int StationedDays { get; set; }

    // Same names as the FieldLog columns they sum.
    public long HouseholdsVisited { get; set; }
    public long Symposiums { get; set; }
    public long SymposiumAttendees { get; set; }
    public long Talks { get; set; }
    public long ConsolationHouseholds { get; set; }
    public long ConsolationAmountFen { get; set; }
    public long PolicyTalks { get; set; }
    public long DialogueParticipants { get; set; }
    public long ProblemsSolvedOnSpot { get; set; }
}
