using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Plans;

/// <summary>新建发展计划 for a village in the user's scope.</summary>
public class NewModel(DundianDbContext db, ProjectChoices choices) : PlanPage(db, choices)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProjectAccess.MayUse(User.Scope())) return Forbid();
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ProjectAccess.MayUse(User.Scope())) return Forbid();
        return await SaveAsync(new DevelopmentPlan { Title = "" }, isNew: true);
    }
}
