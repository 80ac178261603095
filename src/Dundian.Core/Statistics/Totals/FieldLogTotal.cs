using Dundian.Core.Campaigns;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Pre-aggregated field logs of one participant in one campaign: how many logs, the sum of every count column,
/// and his stationed days (the union of his stays, each day once). Derived data, never typed in: rewritten from
/// the participant's logs in the same transaction as every insert, update or delete of one of them (see
/// <see cref="FieldLogTotalsInterceptor"/>), so a roll-up reads one small row per person instead of every log,
/// and a log written is counted by the next query. <see cref="SpanPath"/> is the lowest org unit containing all
/// of his logs' villages: a roll-up over a unit takes the whole row when that unit contains the span, and
/// recomputes from the records only the persons whose span reaches above the unit (see <see cref="FieldLogTotalsReader"/>).
/// </summary>
public class FieldLogTotal
{
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>Path of the lowest common ancestor of the villages of his logs ("/1/4/" when they lie in two towns of county 4).</summary>
    public string SpanPath { get; set; } = "/";

    public int LogCount { get; set; }
    /// <summary>Days of the union of his stays' inclusive date ranges.</summary>
    public int StationedDays { get; set; }

    // Same names as the FieldLog columns they sum: FieldLogTotalsReader maps an indicator's column by name.
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
