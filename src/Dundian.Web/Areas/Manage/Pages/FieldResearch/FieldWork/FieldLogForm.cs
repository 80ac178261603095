using Dundian.Core.FieldWork;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// The 「登记蹲点」 form. Counts may be left blank (a blank count is zero, as on paper); location and notes are
/// optional evidence and never required (减负). The service does every real check.
/// </summary>
public sealed class FieldLogForm
{
    public int ParticipantId { get; set; }
    public int VillageId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int? HouseholdsVisited { get; set; }
    public int? Symposiums { get; set; }
    public int? SymposiumAttendees { get; set; }
    public int? Talks { get; set; }
    public int? ConsolationHouseholds { get; set; }
    public decimal? ConsolationAmountYuan { get; set; }
    public int? PolicyTalks { get; set; }
    public int? DialogueParticipants { get; set; }
    public int? ProblemsSolvedOnSpot { get; set; }
    public string? Location { get; set; }
    public string? Notes { get; set; }

    public FieldLogInput ToInput() => new()
    {
        ParticipantId = ParticipantId, VillageId = VillageId,
        StartDate = StartDate!.Value, EndDate = EndDate!.Value,
        HouseholdsVisited = HouseholdsVisited ?? 0, Symposiums = Symposiums ?? 0,
        SymposiumAttendees = SymposiumAttendees ?? 0, Talks = Talks ?? 0,
        ConsolationHouseholds = ConsolationHouseholds ?? 0, ConsolationAmountYuan = ConsolationAmountYuan ?? 0,
        PolicyTalks = PolicyTalks ?? 0, DialogueParticipants = DialogueParticipants ?? 0,
        ProblemsSolvedOnSpot = ProblemsSolvedOnSpot ?? 0, Location = Location, Notes = Notes,
    };

    /// <summary>The count boxes in the order of the form, with their Chinese labels and units.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Unit)> Counts =
    [
        (nameof(HouseholdsVisited), "走访农户", "户"), (nameof(Symposiums), "召开座谈会", "次"),
        (nameof(SymposiumAttendees), "座谈会参加人数", "人"), (nameof(Talks), "与群众谈心", "人次"),
        (nameof(ConsolationHouseholds), "慰问困难户", "户"), (nameof(ConsolationAmountYuan), "慰问金", "元"),
        (nameof(PolicyTalks), "主题宣讲", "次"), (nameof(DialogueParticipants), "恳谈", "人次"),
        (nameof(ProblemsSolvedOnSpot), "现场解决实际问题", "个"),
    ];
}
