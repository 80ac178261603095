using Dundian.Core.Common;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// 更正蹲点日志: correct or delete one log with a reason (<see cref="FieldLogCorrections"/> decides who may, audits the
/// reason and keeps the figures exact). 404 for a log the user may not even see, 403 for one he sees but may not change.
/// </summary>
public class EditModel(FieldLogService fieldLogs, FieldLogCorrections corrections, IOptions<WorkspaceOptions> options) : StaffPageModel
{
    [FromRoute] public long Id { get; set; }
    [BindProperty] public FieldLogForm Input { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    public FieldLog Log { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Villages { get; private set; } = [];
    public int CorrectionDays => options.Value.FieldLogCorrectionDays;
    /// <summary>The user sees the log but may not change it: the page shows why, and no form.</summary>
    public bool ReadOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var l = Log;
        Input = new FieldLogForm
        {
            ParticipantId = l.ParticipantId, VillageId = l.VillageId, StartDate = l.StartDate, EndDate = l.EndDate,
            HouseholdsVisited = l.HouseholdsVisited, Symposiums = l.Symposiums, SymposiumAttendees = l.SymposiumAttendees,
            Talks = l.Talks, ConsolationHouseholds = l.ConsolationHouseholds, ConsolationAmountYuan = l.ConsolationAmountYuan,
            PolicyTalks = l.PolicyTalks, DialogueParticipants = l.DialogueParticipants, ProblemsSolvedOnSpot = l.ProblemsSolvedOnSpot,
            Location = l.Location, Notes = l.Notes,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid || Input.StartDate is null || Input.EndDate is null)
        {
            Error = "请填写有效的日期和数字。";
            return Page();
        }
        var input = Input.ToInput() with { ParticipantId = Log.ParticipantId };
        return await ActAsync(async () =>
        {
            await corrections.CorrectAsync(User.Actor(), Log, input, Reason, CorrectionDays, ct);
            return $"已更正蹲点日志({Log.StartDate:yyyy-MM-dd} 至 {Log.EndDate:yyyy-MM-dd}),统计数字已同步更新。";
        }, "/manage/field-logs", async () => await LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return await ActAsync(() => corrections.DeleteAsync(User.Actor(), Log, Reason, CorrectionDays, ct),
            "已删除蹲点日志,统计数字已同步更新。", "/manage/field-logs", async () => await LoadAsync(ct));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        var visible = fieldLogs.VisibleTo(actor).Any(l => l.Id == Id);
        var log = visible ? await corrections.LoadAsync(Id, ct) : null;
        if (log is null) return NotFound();
        if (corrections.WhyNot(actor, log, CorrectionDays) is { } why)
        {
            // Visible but not his to change: the reason, with a 403 status.
            Log = log;
            Error = why;
            ReadOnly = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        Log = log;
        Villages = log.Participant!.Group!.LiaisonVillages.DistinctBy(v => v.VillageId)
            .Select(v => (v.VillageId, v.Village!.Name)).ToList();
        return null;
    }
}
