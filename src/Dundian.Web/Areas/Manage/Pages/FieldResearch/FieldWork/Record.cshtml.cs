using Dundian.Web.Infrastructure;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Dundian.Web.Workspace;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// 「登记蹲点」: one stay, on a phone. A <see cref="ValidationException"/> from the service is shown next to the box
/// it is about; the service saves nothing in that case, so the person can correct and post again.
/// </summary>
public class RecordModel(DundianDbContext db, FieldLogService fieldLogs, TimeProvider clock) : StaffPageModel
{
    [BindProperty] public FieldLogForm Input { get; set; } = new();
    public List<ParticipantChoice> Choices { get; private set; } = [];
    public ParticipantChoice? Selected { get; private set; }

    /// <summary>Whom to record for, searchable (an office may choose among a hundred or more people).</summary>
    public Dundian.Web.Workspace.Picker PeoplePicker => new("participantId", "participantId", "为谁登记",
        Choices.Select(c => new Dundian.Web.Workspace.PickerOption(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Label)).ToList(),
        Selected?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task OnGetAsync([FromQuery] int? participantId, CancellationToken ct)
    {
        await LoadAsync(participantId, ct);
        if (Selected is null) return;
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        // Today if the campaign is running, else its first day: the date most people will keep.
        var day = today < Selected.CampaignStart || today > Selected.CampaignEnd ? Selected.CampaignStart : today;
        Input = new FieldLogForm
        {
            ParticipantId = Selected.Id, VillageId = Selected.Villages.FirstOrDefault().Id, StartDate = day, EndDate = day,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && (Input.StartDate is null || Input.EndDate is null))
        {
            if (Input.StartDate is null) ModelState.AddModelError("Input.StartDate", "请填写开始日期");
            if (Input.EndDate is null) ModelState.AddModelError("Input.EndDate", "请填写结束日期");
        }
        if (!ModelState.IsValid)
        {
            ChineseBindingErrors();
            await LoadAsync(Input.ParticipantId, ct);
            return Page();
        }
        return await ActAsync(async () =>
        {
            var log = await fieldLogs.RecordAsync(User.Actor(), Input.ToInput(), ct);
            return $"已登记蹲点日志:{log.StartDate:yyyy-MM-dd} 至 {log.EndDate:yyyy-MM-dd},共{log.Days}天,走访农户{log.HouseholdsVisited}户。";
        }, "/manage/field-logs", () => LoadAsync(Input.ParticipantId, ct));
    }

    /// <summary>The form binds <c>Input.*</c>: a refusal is shown next to its box.</summary>
    protected override string FieldPrefix => "Input.";

    private async Task LoadAsync(int? participantId, CancellationToken ct)
    {
        Choices = await FieldLogChoices.ForAsync(db, User.Actor(), ct);
        Selected = Choices.FirstOrDefault(c => c.Id == participantId) ?? Choices.FirstOrDefault();
    }

    /// <summary>A value that cannot be read as a number or date: say which kind of value the field wants.</summary>
    private void ChineseBindingErrors()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value!.Errors.Any(x => x.Exception is not null || x.ErrorMessage.EndsWith(ChineseBindingMessages.UnreadableValue, StringComparison.Ordinal))).ToList())
        {
            entry!.Errors.Clear();
            entry.Errors.Add(key.Contains("Date", StringComparison.Ordinal) ? "请填写有效的日期" : "请填写有效的数字(不填视为 0)");
        }
    }
}
