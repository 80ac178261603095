using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Plans;

/// <summary>One development plan: its items, and the edit form. 403 outside the scope, 404 unknown; saves are audited.</summary>
public class DetailModel(DundianDbContext db, ProjectAccess access, ProjectChoices choices) : PlanPage(db, choices)
{
    [FromRoute] public int Id { get; set; }
    public DevelopmentPlan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        var p = Plan;
        Input = new PlanForm
        {
            CampaignId = p.CampaignId, VillageId = p.VillageId, GroupId = p.GroupId, Title = p.Title, Summary = p.Summary,
            AdoptedOn = p.AdoptedOn, Items = string.Join("\n", p.Items.OrderBy(i => i.SortOrder).Select(i => i.Text)),
        };
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        var result = await SaveAsync(Plan, isNew: false);
        if (Error is not null && await LoadAsync() is { } gone) return gone; // show the stored plan beside the message
        return result;
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var (plan, found) = await access.LoadPlanAsync(scope, Id);
        if (!found) return NotFound();
        if (plan is null) return Forbid();
        Plan = plan;
        return null;
    }
}
