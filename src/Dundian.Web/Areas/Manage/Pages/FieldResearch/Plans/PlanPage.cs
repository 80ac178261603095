using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Plans;

/// <summary>
/// The new and edit pages of a development plan share this: the form, its select lists, and one save that checks the
/// placement (campaign, village in the user's scope, group) and the plan's own rules before anything is written.
/// </summary>
public abstract class PlanPage(DundianDbContext db, ProjectChoices choices) : PageModel
{
    [BindProperty] public PlanForm Input { get; set; } = new();
    public List<ProjectChoices.CampaignChoice> Campaigns { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];
    public string? Error { get; protected set; }

    protected DundianDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Campaigns = await choices.CampaignsAsync();
        Villages = await choices.VillagesAsync(User.Scope());
        Input.CampaignId ??= Campaigns.FirstOrDefault()?.Id;
    }

    /// <summary>Applies the form to <paramref name="plan"/> and saves; on a refusal shows the message and saves nothing.</summary>
    protected async Task<IActionResult> SaveAsync(DevelopmentPlan plan, bool isNew)
    {
        try
        {
            var place = await ProjectPlacement.CheckAsync(db, Input.CampaignId, Input.VillageId, Input.GroupId);
            if (!ProjectAccess.Covers(User.Scope(), place.VillagePath)) throw new ProjectRuleException("所选村(社区)不在您的管理范围内。");
            place.ApplyTo(plan);
            plan.Describe(Input.Title, Input.Summary, Input.ItemLines(), Input.AdoptedOn);
            if (isNew) db.DevelopmentPlans.Add(plan);
            await db.SaveChangesAsync();
            TempData["Message"] = isNew ? "已新建发展计划。" : "已保存。";
            return Redirect($"/manage/plans/{plan.Id}");
        }
        catch (ProjectRuleException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadChoicesAsync();
            return Page();
        }
    }
}
