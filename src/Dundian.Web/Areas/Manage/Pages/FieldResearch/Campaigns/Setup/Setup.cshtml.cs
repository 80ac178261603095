using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// A campaign's set-up page: its particulars and requirements, the activity carriers (活动载体, added and removed
/// here), its documents, and how many people, groups, villages and topics it has, each linking to its list.
/// </summary>
public class SetupModel(DundianDbContext db) : CampaignSetupPage(db)
{
    public List<CampaignActivity> Activities { get; private set; } = [];
    public List<CampaignDocument> Documents { get; private set; } = [];
    public (int Participants, int Groups, int Villages, int Topics) Counts { get; private set; }
    [BindProperty] public string? ActivityName { get; set; }
    [BindProperty] public string? ActivityDescription { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddActivityAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        var name = ActivityName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100 || PlainTextInput.HasMarkup(name) || PlainTextInput.HasMarkup(ActivityDescription)
            || ActivityDescription?.Length > 1000)
        {
            ModelState.AddModelError(nameof(ActivityName), "请填写活动载体名称(不超过100字,只能是文字)。");
            Error = "请填写活动载体名称(不超过100字,只能是文字)。";
            await LoadListsAsync(ct);
            return Page();
        }
        var next = await Db.CampaignActivities.Where(a => a.CampaignId == id).MaxAsync(a => (int?)a.SortOrder, ct) ?? 0;
        Db.CampaignActivities.Add(new CampaignActivity
        {
            CampaignId = id, Name = name, SortOrder = next + 1,
            Description = string.IsNullOrWhiteSpace(ActivityDescription) ? null : ActivityDescription.Trim(),
        });
        await Db.SaveChangesAsync(ct);
        TempData["Message"] = $"已添加活动载体“{name}”。";
        return Redirect($"/manage/campaigns/{id}/setup#activities");
    }

    public async Task<IActionResult> OnPostRemoveActivityAsync(int id, int activityId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        var activity = await Db.CampaignActivities.FirstOrDefaultAsync(a => a.Id == activityId && a.CampaignId == id, ct);
        if (activity is null) return NotFound();
        Db.CampaignActivities.Remove(activity);
        await Db.SaveChangesAsync(ct);
        TempData["Message"] = $"已删除活动载体“{activity.Name}”。";
        return Redirect($"/manage/campaigns/{id}/setup#activities");
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var id = Campaign.Id;
        Activities = await Db.CampaignActivities.AsNoTracking().Where(a => a.CampaignId == id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(ct);
        Documents = await Db.CampaignDocuments.AsNoTracking().Include(d => d.Attachments).ThenInclude(a => a.StoredFile)
            .Where(d => d.CampaignId == id).OrderBy(d => d.Kind).ThenBy(d => d.Id).ToListAsync(ct);
        Counts = (await Db.Participants.CountAsync(p => p.CampaignId == id, ct),
            await Db.ResearchGroups.CountAsync(g => g.CampaignId == id, ct),
            await Db.LiaisonVillages.Where(l => l.Group!.CampaignId == id).Select(l => l.VillageId).Distinct().CountAsync(ct),
            await Db.ResearchTopics.CountAsync(t => t.CampaignId == id, ct));
    }
}
