using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 新增/修改调研组 and its liaison villages. The leader must be a participant of the campaign and becomes a member
/// of the group. A village is added only when it lies in the campaign's org unit and no group of the campaign
/// holds it for overlapping days (<see cref="CampaignSetup.CheckLiaisonAsync"/>).
/// </summary>
public class GroupModel(DundianDbContext db, CampaignSetup rules, CampaignSetupAccess access) : CampaignSetupPage(db)
{
    [BindProperty] public GroupForm Input { get; set; } = new();
    public ResearchGroup? Group { get; private set; }
    public List<Participant> People { get; private set; } = [];
    public List<OrgUnit> Villages { get; private set; } = [];

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
        var name = Input.Name?.Trim();
        Participant? leader = null;
        try
        {
            if (string.IsNullOrEmpty(name) || name.Length > 100) throw new ValidationException("Name", "请填写调研组名称(不超过100字)。");
            if (PlainTextInput.HasMarkup(name)) throw new ValidationException("Name", "名称只能填写文字,不能包含网页标记。");
            if (await Db.ResearchGroups.AnyAsync(g => g.CampaignId == id && g.Name == name && g.Id != (groupId ?? 0), ct))
                throw new ValidationException("Name", $"本活动已有调研组“{name}”。");
            if (Input.LeaderId is { } lid)
                leader = await Db.Participants.FirstOrDefaultAsync(p => p.Id == lid && p.CampaignId == id, ct)
                    ?? throw new ValidationException("LeaderId", "组长必须是本活动的参加人员。");
        }
        catch (ValidationException e)
        {
            Show(e);
            return Page();
        }
        var group = Group ?? new ResearchGroup { CampaignId = id, Name = name! };
        group.Name = name!;
        group.SortOrder = Input.SortOrder;
        // The leader/member keys form a cycle (see ResearchGroupConfiguration): a new group is saved first,
        // then gets its leader, inside one transaction.
        await using var tx = await Db.Database.BeginTransactionAsync(ct);
        if (group.Id == 0) { Db.ResearchGroups.Add(group); await Db.SaveChangesAsync(ct); }
        group.LeaderId = leader?.Id;
        if (leader is not null) leader.GroupId = group.Id;
        await Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = $"已保存调研组“{group.Name}”。";
        return Redirect($"/manage/campaigns/{id}/groups/edit/{group.Id}");
    }

    public async Task<IActionResult> OnPostAddVillageAsync(int id, int groupId, CancellationToken ct)
    {
        if (await LoadAsync(id, groupId, ct) is { } denied) return denied;
        try
        {
            var from = Input.FromDate ?? throw new ValidationException("FromDate", "请填写联系开始日期。");
            await rules.CheckLiaisonAsync(Campaign, Campaign.OrgUnit!.Path, Input.VillageId, from, Input.ToDate, ct: ct);
            Group!.LiaisonVillages.Add(new LiaisonVillage { GroupId = groupId, VillageId = Input.VillageId, FromDate = from, ToDate = Input.ToDate });
        }
        catch (ValidationException e)
        {
            Show(e);
            return Page();
        }
        await Db.SaveChangesAsync(ct);
        TempData["Message"] = "已添加联系村。";
        return Redirect($"/manage/campaigns/{id}/groups/edit/{groupId}");
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

    private async Task<IActionResult?> LoadAsync(int id, int? groupId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        People = await Db.Participants.AsNoTracking().Where(p => p.CampaignId == id).OrderBy(p => p.Category).ThenBy(p => p.Id).ToListAsync(ct);
        Villages = await access.VillagesAsync(Campaign, ct);
        if (groupId is null) return null;
        Group = await Db.ResearchGroups.Include(g => g.Members).Include(g => g.LiaisonVillages).ThenInclude(l => l.Village)
            .AsSplitQuery().FirstOrDefaultAsync(g => g.Id == groupId && g.CampaignId == id, ct);
        return Group is null ? NotFound() : null;
    }
}
