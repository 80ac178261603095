using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Org;

namespace Dundian.Core.FieldWork;

/// <summary>
/// 蹲点日志: one stay of one participant in one village (inclusive date range) and what was done in it.
/// Stationed days are not stored: they are computed from the date ranges, each day once per person.
/// Location and notes are optional evidence, never required (减负).
/// </summary>
public class FieldLog
{
    public long Id { get; set; }
    /// <summary>Copied from the participant so campaign filters need no join.</summary>
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    /// <summary>
    /// The village's materialised path, copied so roll-ups are one indexed prefix scan over this table.
    /// Safe to copy: a unit's path never changes (merges create new units).
    /// </summary>
    public string VillagePath { get; set; } = "/";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    public int HouseholdsVisited { get; set; }
    public int Symposiums { get; set; }
    public int SymposiumAttendees { get; set; }
    /// <summary>谈心, in persons (人次).</summary>
    public int Talks { get; set; }
    public int ConsolationHouseholds { get; set; }
    /// <summary>慰问金 in fen; see <see cref="Money"/> for why not decimal.</summary>
    public long ConsolationAmountFen { get; set; }
    public int PolicyTalks { get; set; }
    /// <summary>恳谈, in persons (人次).</summary>
    public int DialogueParticipants { get; set; }
    public int ProblemsSolvedOnSpot { get; set; }

    public string? Location { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }

    public List<HouseholdVisit> HouseholdVisits { get; set; } = [];

    public decimal ConsolationAmountYuan
    {
        get => Money.ToYuan(ConsolationAmountFen);
        set => ConsolationAmountFen = Money.ToFen(value);
    }

    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;
}
