using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 新增/修改调研组 and its liaison villages. The leader must be a participant of the campaign and becomes a member
/// of the group. A village is added only when it lies in the campaign's org unit and no group of the campaign
/// holds it for overlapping days (<see cref="CampaignSetup.CheckLiaisonAsync"/>).
/// </summary>
public class GroupModel(DundianDbContext db, CampaignSetup rules, CampaignSetupAccess access, CampaignRetirements retirements) : CampaignSetupPage(db)
{
    [BindProperty] public GroupForm Input { get; set; } = new();
    public ResearchGroup? Group { get; private set; }
    public List<Participant> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? groupId, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        Input = Group is null ? new GroupForm { FromDate = Campaign.StartDate } : new GroupForm { Name = Group.Name, LeaderId = Group.LeaderId, SortOrder = Group.SortOrder, FromDate = Campaign.StartDate };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? groupId, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) { Error = "填写的内容格式不正确,请检查。"; return Page(); }
        return await ActAsync(async () =>
        {
            var name = Input.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 100) throw new ValidationException("Name", "请填写调研组名称(不超过100字)。");
            if (PlainTextInput.HasMarkup(name)) throw new ValidationException("Name", "名称只能填写文字,不能包含网页标记。");
            if (await Db.ResearchGroups.AnyAsync(g => g.CampaignId == id && g.Name == name && g.Id != (groupId ?? 0), ct))
                throw new ValidationException("Name", $"本活动已有调研组“{name}”。");
            Participant? leader = null;
            if (Input.LeaderId is { } lid)
            {
                leader = await Db.Participants.FirstOrDefaultAsync(p => p.Id == lid && p.CampaignId == id, ct)
                    ?? throw new ValidationException("LeaderId", "组长必须是本活动的参加人员。");
                if (leader.RetiredAt is not null && leader.Id != Group?.LeaderId)
                    throw new ValidationException("LeaderId", $"{leader.Name}已停用,不能担任组长。");
            }
            var group = Group ?? new ResearchGroup { CampaignId = id, Name = name };
            group.Name = name;
            group.SortOrder = Input.SortOrder;
            // The leader/member keys form a cycle (see ResearchGroupConfiguration): a new group is saved first,
            // then gets its leader, inside one transaction.
            await using var tx = await Db.Database.BeginTransactionAsync(ct);
            if (group.Id == 0) { Db.ResearchGroups.Add(group); await Db.SaveChangesAsync(ct); }
            group.LeaderId = leader?.Id;
            if (leader is not null) leader.GroupId = group.Id;
            await Db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            GroupIdSaved = group.Id;
            return $"已保存调研组“{group.Name}”。";
        }, () => $"/manage/campaigns/{id}/groups/edit/{GroupIdSaved}", async () => await LoadAsync(id, groupId, ct));
    }

    private int GroupIdSaved { get; set; }

    public async Task<IActionResult> OnPostAddVillageAsync(int id, int groupId, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        return await ActAsync(async () =>
        {
            var from = Input.FromDate ?? throw new ValidationException("FromDate", "请填写联系开始日期。");
            await rules.CheckLiaisonAsync(Campaign, Campaign.OrgUnit!.Path, Input.VillageId, from, Input.ToDate, ct: ct);
            Group!.LiaisonVillages.Add(new LiaisonVillage { GroupId = groupId, VillageId = Input.VillageId, FromDate = from, ToDate = Input.ToDate });
            await Db.SaveChangesAsync(ct);
        }, "已添加联系村。", $"/manage/campaigns/{id}/groups/edit/{groupId}", async () => await LoadAsync(id, groupId, ct));
    }

    public async Task<IActionResult> OnPostRemoveVillageAsync(int id, int groupId, int assignmentId, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        var assignment = Group!.LiaisonVillages.FirstOrDefault(l => l.Id == assignmentId);
        if (assignment is null) return NotFound();
        Db.LiaisonVillages.Remove(assignment);
        await Db.SaveChangesAsync(ct);
        TempData["Message"] = "已移除联系村。";
        return Redirect($"/manage/campaigns/{id}/groups/edit/{groupId}");
    }

    /// <summary>撤销: the group keeps its logs, villages and figures but leaves the pickers; see <see cref="CampaignRetirements"/>.</summary>
    public async Task<IActionResult> OnPostRetireAsync(int id, int groupId, string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        var name = Group!.Name;
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "撤销");
            await retirements.RetireGroupAsync(User.Scope(), id, groupId, reason, ct);
        }, $"已撤销调研组“{name}”。", $"/manage/campaigns/{id}/groups", async () => await LoadAsync(id, groupId, ct));
    }

    /// <summary>组长 as a searchable people picker: active participants (and the current leader, even if retired).</summary>
    public Picker LeaderPicker => new("Input.LeaderId", "Input_LeaderId", "组长",
        People.Select(p => new PickerOption(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.Name} {p.Title}".Trim(), 0,
            p.RetiredAt is null ? p.Unit : "已停用")).ToList(),
        Input.LeaderId?.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Empty = "(暂不指定)" };

    /// <summary>联系村 as the org-unit tree picker: the campaign's units down to its villages (only villages may be chosen).</summary>
    public Picker VillagePicker => Picker.ForUnits("Input.VillageId", "村(社区)", Units, Input.VillageId == 0 ? null : Input.VillageId);

    public List<OrgUnit> Units { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(int id, int? groupId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Units = await access.UnitTreeAsync(Campaign, ct);
        if (groupId is not null)
            Group = await Db.ResearchGroups.Include(g => g.Members).Include(g => g.LiaisonVillages).ThenInclude(l => l.Village)
                .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == groupId && g.CampaignId == id, ct);
        if (groupId is not null && Group is null) return NotFound();
        var leader = Group?.LeaderId;
        People = await Db.Participants.AsNoTracking().Where(p => p.CampaignId == id && (p.RetiredAt == null || p.Id == leader))
            .OrderBy(p => p.Category).ThenBy(p => p.Id).ToListAsync(ct);
        return null;
    }
}
