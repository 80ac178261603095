using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Projects;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Projects;

/// <summary>
/// One practical project: edit its fields and funding, milestones, progress reports, 落实 and 完成. Every handler
/// loads the project through <see cref="ProjectAccess"/> (403 outside the scope, 404 unknown); a refused change shows
/// the entity's Chinese message and saves nothing. The DbContext audits every save.
/// </summary>
public class DetailModel(DundianDbContext db, ProjectAccess access, ProjectChoices choices, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public ProjectForm Input { get; set; } = new();
    public PracticalProject Project { get; private set; } = null!;
    public List<ProjectChoices.CampaignChoice> Campaigns { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        FillForm();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync() => StepAsync(async p =>
    {
        var place = await ProjectPlacement.CheckAsync(db, Input.CampaignId, Input.VillageId, Input.GroupId);
        if (!ProjectAccess.Covers(User.Scope(), place.VillagePath)) throw new ProjectRuleException("所选村(社区)不在您的管理范围内。");
        place.ApplyTo(p);
        p.Describe(Input.Title, Input.Description, Input.BudgetYuan ?? 0);
        p.SetFunding(Input.FundingLinesEntered());
    }, "已保存。", keepForm: true);

    public Task<IActionResult> OnPostMilestoneAsync(string? title, DateOnly? dueOn) =>
        StepAsync(p => { p.AddMilestone(title, dueOn); return Task.CompletedTask; }, "已添加项目节点。");

    public Task<IActionResult> OnPostMilestoneDoneAsync(int milestoneId, DateOnly? doneOn) =>
        StepAsync(p => { p.CompleteMilestone(milestoneId, doneOn); return Task.CompletedTask; }, "节点已完成。");

    public Task<IActionResult> OnPostProgressAsync(string? note) =>
        StepAsync(p => { p.Report(note, clock.GetUtcNow().UtcDateTime, User.Identity!.Name); return Task.CompletedTask; }, "已记录项目进展。");

    public Task<IActionResult> OnPostImplementAsync(DateOnly? on) =>
        StepAsync(p => { p.Implement(on); return Task.CompletedTask; }, "已登记落实,计入“落实实事项目”。");

    public Task<IActionResult> OnPostCompleteAsync(DateOnly? on) =>
        StepAsync(p => { p.Complete(on); return Task.CompletedTask; }, "已登记完成。");

    private async Task<IActionResult> StepAsync(Func<PracticalProject, Task> change, string done, bool keepForm = false)
    {
        if (await LoadAsync() is { } refused) return refused;
        return await ActAsync(async () =>
        {
            await change(Project);
            await db.SaveChangesAsync();
        }, done, $"/manage/projects/{Id}", async () =>
        {
            await LoadAsync();
            if (!keepForm) FillForm();
            Input.PadFunding();
        });
    }

    private void FillForm()
    {
        var p = Project;
        Input = new ProjectForm
        {
            CampaignId = p.CampaignId, VillageId = p.VillageId, GroupId = p.GroupId, Title = p.Title, Description = p.Description,
            BudgetYuan = p.BudgetFen == 0 ? null : Money.ToYuan(p.BudgetFen),
            Funding = p.Funding.OrderBy(f => f.Id).Select(f => new ProjectForm.FundingLine { Source = f.Source, Yuan = Money.ToYuan(f.AmountFen) }).ToList(),
        };
        Input.PadFunding();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var (project, found) = await access.LoadProjectAsync(scope, Id);
        if (!found) return NotFound();
        if (project is null) return Forbid();
        Project = project;
        Campaigns = await choices.CampaignsAsync();
        Villages = await choices.VillagesAsync(scope);
        Today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        return null;
    }
}
