using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Households;

/// <summary>
/// 登记 / 修改困难户: only in villages the user's scope covers in full (his office's units, or his group's liaison
/// villages). A refusal shows the Chinese message next to the field and saves nothing.
/// </summary>
public class EditModel(DundianDbContext db, HouseholdService households) : StaffPageModel
{
    [FromRoute] public int? Id { get; set; }
    [BindProperty] public HouseholdInput Input { get; set; } = new();
    public List<OrgUnit> Villages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (Id is { } id)
        {
            var h = await db.Households.AsNoTracking().FirstAsync(x => x.Id == id, ct);
            Input = new HouseholdInput
            {
                VillageId = h.VillageId, HeadName = h.HeadName, Phone = h.Phone, IdNumber = h.IdNumber, Kind = h.Kind,
                Situation = h.Situation, HelpGiven = h.HelpGiven,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!ModelState.IsValid)
        {
            foreach (var entry in ModelState.Values.Where(v => v.Errors.Count > 0)) { entry.Errors.Clear(); entry.Errors.Add("请填写有效的内容"); }
            return Page();
        }
        var id = Id ?? 0;
        return await ActAsync(async () =>
        {
            var actor = User.Actor();
            var reach = await households.ReachAsync(actor, ct);
            if (Id is { } existing) await households.UpdateAsync(reach, existing, Input, ct);
            else id = (await households.CreateAsync(reach, Input, ct)).Id;
            return Id is null ? "已登记困难户。" : "已保存修改。";
        }, () => $"/manage/households/{id}");
    }

    protected override string FieldPrefix => "Input.";

    /// <summary>Null when the form may be shown: 404 for an unknown household, 403 outside the user's full scope.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (!HouseholdService.MayUse(actor.Scope)) return Forbid();
        var reach = await households.ReachAsync(actor, ct);
        if (Id is { } id)
        {
            var (row, found) = await households.FindAsync(reach, id, ct);
            if (!found) return NotFound();
            if (row is null || !row.Full) return Forbid();
        }
        Villages = await households.VillagesAsync(reach, fullOnly: true, ct);
        if (Villages.Count == 0) return Forbid();
        return null;
    }
}
