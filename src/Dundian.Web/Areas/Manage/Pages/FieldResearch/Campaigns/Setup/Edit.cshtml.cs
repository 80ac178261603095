using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 新建活动 (no id) / 修改活动: theme, slogan, period, tier, owning unit and requirements. The owning unit must be
/// in the office's scope both before and after the change, so a town office cannot move a campaign out of its town.
/// </summary>
public class EditModel(DundianDbContext db, CampaignSetupAccess access) : StaffPageModel
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var (campaign, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        Input = campaign is null
            ? new CampaignForm { OrgUnitId = Units.FirstOrDefault()?.Id ?? 0, Tier = Units.FirstOrDefault()?.Level == OrgLevel.Town ? CampaignTier.Township : CampaignTier.County }
            : CampaignForm.From(campaign);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var (campaign, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        if (!ModelState.IsValid) { Error = "填写的内容格式不正确,请检查日期等栏目。"; return Page(); }
        campaign ??= new Campaign { Name = "", Theme = "" };
        return await ActAsync(async () =>
        {
            Input.ApplyTo(campaign);
            var unit = Units.FirstOrDefault(u => u.Id == campaign.OrgUnitId)
                ?? throw new ValidationException("OrgUnitId", "请选择您管理范围内的组织单位。");
            CampaignSetup.CheckCampaign(campaign, unit);
            // Moving a campaign to another unit must not strand its liaison villages outside it.
            if (campaign.Id != 0 && await db.LiaisonVillages.AnyAsync(l => l.Group!.CampaignId == campaign.Id && !l.Village!.Path.StartsWith(unit.Path), ct))
                throw new ValidationException("OrgUnitId", $"本活动已有联系村不在{unit.Name}范围内,请先调整联系村再更换组织单位。");
            if (campaign.Id == 0) db.Campaigns.Add(campaign);
            await db.SaveChangesAsync(ct);
            return id is null ? "已新建活动,请继续添加活动载体、文件和人员。" : "已保存活动信息。";
        }, () => $"/manage/campaigns/{campaign.Id}/setup");
    }

    protected override string FieldPrefix => "Input.";

    private async Task<(Campaign? Campaign, IActionResult? Denied)> LoadAsync(int? id, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!CampaignSetupAccess.MayUse(scope)) return (null, Forbid());
        Units = await access.OwnerUnitsAsync(scope, ct);
        Id = id;
        if (id is null) return (null, null);
        var campaign = await db.Campaigns.Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return (null, NotFound());
        if (!scope.MayManage(campaign.OrgUnit!.Path)) return (null, Forbid());
        return (campaign, null);
    }
}
