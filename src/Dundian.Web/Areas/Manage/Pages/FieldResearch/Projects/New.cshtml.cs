using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Projects;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Projects;

/// <summary>新建实事项目: campaign, village (in scope), group, title, budget and funding sources. Starts as 计划中.</summary>
public class NewModel(DundianDbContext db, ProjectChoices choices) : StaffPageModel
{
    [BindProperty] public ProjectForm Input { get; set; } = new();
    public List<ProjectChoices.CampaignChoice> Campaigns { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];

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
        var project = new PracticalProject { Title = "" };
        return await ActAsync(async () =>
        {
            var place = await ProjectPlacement.CheckAsync(db, Input.CampaignId, Input.VillageId, Input.GroupId);
            if (!ProjectAccess.Covers(scope, place.VillagePath)) throw new ProjectRuleException("所选村(社区)不在您的管理范围内。");
            place.ApplyTo(project);
            project.Describe(Input.Title, Input.Description, Input.BudgetYuan ?? 0);
            project.SetFunding(Input.FundingLinesEntered());
            db.PracticalProjects.Add(project);
            await db.SaveChangesAsync();
            return "已新建实事项目。";
        }, () => $"/manage/projects/{project.Id}", LoadAsync);
    }

    private async Task LoadAsync()
    {
        Campaigns = await choices.CampaignsAsync();
        Villages = await choices.VillagesAsync(User.Scope());
        Input.CampaignId ??= Campaigns.FirstOrDefault()?.Id;
        Input.PadFunding();
    }
}
