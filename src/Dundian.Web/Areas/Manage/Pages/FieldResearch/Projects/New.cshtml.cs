using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Projects;

/// <summary>新建实事项目: campaign, village (in scope), group, title, budget and funding sources. Starts as 计划中.</summary>
public class NewModel(DundianDbContext db, ProjectChoices choices) : PageModel
{
    [BindProperty] public ProjectForm Input { get; set; } = new();
    public List<ProjectChoices.CampaignChoice> Campaigns { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProjectAccess.MayUse(User.Scope())) return Forbid();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        try
        {
            var place = await ProjectPlacement.CheckAsync(db, Input.CampaignId, Input.VillageId, Input.GroupId);
            if (!ProjectAccess.Covers(scope, place.VillagePath)) throw new ProjectRuleException("所选村(社区)不在您的管理范围内。");
            var project = new PracticalProject { Title = "" };
            place.ApplyTo(project);
            project.Describe(Input.Title, Input.Description, Input.BudgetYuan ?? 0);
            project.SetFunding(Input.FundingLinesEntered());
            db.PracticalProjects.Add(project);
            await db.SaveChangesAsync();
            TempData["Message"] = "已新建实事项目。";
            return Redirect($"/manage/projects/{project.Id}");
        }
        catch (ProjectRuleException e)
        {
            Error = e.Message;
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Campaigns = await choices.CampaignsAsync();
        Villages = await choices.VillagesAsync(User.Scope());
        Input.CampaignId ??= Campaigns.FirstOrDefault()?.Id;
        Input.PadFunding();
    }
}
