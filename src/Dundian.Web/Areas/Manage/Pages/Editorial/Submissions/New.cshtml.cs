using Dundian.Core.Common;
using Dundian.Core.Org;
using Dundian.Core.Submissions;
using Dundian.Web.Accounts;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Submissions;

/// <summary>报送信息: a unit under the user's grants sends an item (plain text) to the editors.</summary>
public class NewModel(SubmissionAccess access, SubmissionService service) : StaffPageModel
{
    [BindProperty] public int UnitId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    public List<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!SubmissionAccess.MaySubmit(User.Scope())) return Forbid();
        Units = await access.SubmitterUnitsAsync(User.Scope(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!SubmissionAccess.MaySubmit(User.Scope())) return Forbid();
        Units = await access.SubmitterUnitsAsync(User.Scope(), ct);
        var id = 0;
        return await ActAsync(async () =>
        {
            // The unit must be one the user works for: a forged id is refused like a missing one.
            if (Units.All(u => u.Id != UnitId)) throw new ValidationException(nameof(UnitId), "请选择您所在范围内的报送单位。");
            id = (await service.SubmitAsync(UnitId, Title, Text, SubmissionAccess.UserId(User), User.DisplayName(), ct)).Id;
            return "已报送,等待编辑处理。";
        }, () => $"/manage/submissions/{id}");
    }
}
