using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>登记/修改调研主题: registered by a participant or by a group of this campaign; may link its report.</summary>
public class TopicModel(DundianDbContext db, CampaignRetirements retirements) : CampaignSetupPage(db)
{
    [BindProperty] public TopicForm Input { get; set; } = new();
    public ResearchTopic? Topic { get; private set; }
    public List<Participant> People { get; private set; } = [];
    public List<ResearchGroup> Groups { get; private set; } = [];
    public List<ResearchReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? topicId, CancellationToken ct)
    {
        if (await LoadAsync(id, topicId, ct) is { } denied) return denied;
        if (Topic is not null) Input = TopicForm.From(Topic);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? topicId, CancellationToken ct)
    {
        if (await LoadAsync(id, topicId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) { Error = "填写的内容格式不正确,请检查。"; return Page(); }
        return await ActAsync(async () =>
        {
            var topic = Topic ?? new ResearchTopic { CampaignId = id, Title = "" };
            var title = Input.Title?.Trim();
            if (string.IsNullOrEmpty(title) || title.Length > 200) throw new ValidationException("Title", "请填写调研主题(不超过200字)。");
            if (PlainTextInput.HasMarkup(title) || PlainTextInput.HasMarkup(Input.Summary))
                throw new ValidationException("Title", "主题和简介只能填写文字,不能包含网页标记。");
            if (Input.Summary?.Length > 2000) throw new ValidationException("Summary", "简介不超过2000字。");
            if ((Input.ParticipantId is null) == (Input.GroupId is null))
                throw new ValidationException("ParticipantId", "请选择登记的人员或调研组(二选一)。");
            if (Input.ParticipantId is { } pid && People.All(p => p.Id != pid)) throw new ValidationException("ParticipantId", "请选择本活动的参加人员。");
            if (Input.GroupId is { } gid && Groups.All(g => g.Id != gid)) throw new ValidationException("GroupId", "请选择本活动的调研组。");
            if (Input.ReportId is { } rid && Reports.All(r => r.Id != rid)) throw new ValidationException("ReportId", "请选择本活动的调研报告。");
            if (!Enum.IsDefined(Input.Status)) throw new ValidationException("Status", "请选择状态。");
            topic.Title = title;
            topic.Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim();
            topic.Status = Input.Status;
            topic.ParticipantId = Input.ParticipantId;
            topic.GroupId = Input.GroupId;
            topic.ReportId = Input.ReportId;
            if (topic.Id == 0) Db.ResearchTopics.Add(topic);
            await Db.SaveChangesAsync(ct);
            return $"已保存调研主题“{topic.Title}”。";
        }, $"/manage/campaigns/{id}/topics", async () => await LoadAsync(id, topicId, ct));
    }

    /// <summary>撤销: a dropped topic stays (with its report) for history but is no longer offered to authors.</summary>
    public async Task<IActionResult> OnPostRetireAsync(int id, int topicId, string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, topicId, ct) is { } denied) return denied;
        var title = Topic!.Title;
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "撤销");
            await retirements.RetireTopicAsync(User.Scope(), id, topicId, reason, ct);
        }, $"已撤销调研主题“{title}”。", $"/manage/campaigns/{id}/topics", async () => await LoadAsync(id, topicId, ct));
    }

    /// <summary>登记人 as a searchable people picker (empty: registered by a group).</summary>
    public Dundian.Web.Workspace.Picker PeoplePicker => new("Input.ParticipantId", "Input_ParticipantId", "登记人",
        People.Select(p => new Dundian.Web.Workspace.PickerOption(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{p.Name} {p.Title}".Trim(), 0, p.RetiredAt is null ? p.Unit : "已停用")).ToList(),
        Input.ParticipantId?.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Empty = "(由调研组登记)" };

    private async Task<IActionResult?> LoadAsync(int id, int? topicId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Topic = topicId is null ? null : await Db.ResearchTopics.FirstOrDefaultAsync(t => t.Id == topicId && t.CampaignId == id, ct);
        if (topicId is not null && Topic is null) return NotFound();
        // Retired people and groups leave the pickers; the topic's own stays so that saving it does not change it.
        int? person = Topic?.ParticipantId, group = Topic?.GroupId;
        People = await Db.Participants.AsNoTracking().Where(p => p.CampaignId == id && (p.RetiredAt == null || p.Id == person))
            .OrderBy(p => p.Category).ThenBy(p => p.Id).ToListAsync(ct);
        Groups = await Db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == id && (g.RetiredAt == null || g.Id == group))
            .OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToListAsync(ct);
        Reports = await Db.ResearchReports.AsNoTracking().Where(r => r.CampaignId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return null;
    }
}
