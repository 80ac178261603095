using Dundian.Core.Commitments;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Commitments;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Commitments;

/// <summary>新增承诺: records a leader's public commitment for an owner unit inside the user's scope.</summary>
public class NewModel(DundianDbContext db, CommitmentAccess access, TimeProvider clock) : StaffPageModel
{
    [BindProperty] public CommitmentForm Input { get; set; } = new();
    public List<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return Forbid();
        var today = PublicCommitment.Today(clock.GetUtcNow().UtcDateTime);
        Input = new CommitmentForm { MadeOn = today, Deadline = today.AddMonths(6), OwnerUnitId = Units.FirstOrDefault()?.Id ?? 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Forbid();
        var id = 0;
        return await ActAsync(async () =>
        {
            if (Units.All(u => u.Id != Input.OwnerUnitId)) throw new CommitmentRuleException("请选择您管理范围内的责任单位。");
            var (madeOn, deadline) = Input.Dates();
            var c = PublicCommitment.Make(Input.Title ?? "", Input.Content ?? "", Input.MadeBy ?? "", Input.MadeByTitle,
                Input.OwnerUnitId, Input.Channel, madeOn, deadline);
            db.PublicCommitments.Add(c);
            await db.SaveChangesAsync();
            id = c.Id;
            return "已新增承诺。";
        }, () => $"/manage/commitments/{id}");
    }

    private async Task<bool> LoadAsync()
    {
        var scope = User.Scope();
        if (!CommitmentAccess.MayUse(scope)) return false;
        Units = await access.UnitsAsync(scope);
        return true;
    }
}
