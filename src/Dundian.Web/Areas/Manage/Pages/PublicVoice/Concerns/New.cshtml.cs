using Dundian.Core.Concerns;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>
/// 阳光热线 entry: an operator types in a caller's concern (Source = Hotline) for a village inside his scope, then
/// reads the number and query code back to the caller from the detail page (shown once).
/// </summary>
public class NewModel(ConcernIntake intake, ConcernChoices choices, ConcernAccess access) : PageModel
{
    [BindProperty] public ConcernForm Input { get; set; } = new();
    public List<ConcernCategory> Categories { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];

    /// <summary>The user may not enter calls: the page says who may (a 403 with a hint, not a bare refusal).</summary>
    public bool NotForYou { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync()) return Page();
        // Staff with no concern role at all are simply refused; those who work concerns but may not take calls
        // (a system admin) are told who may and how to get the role.
        if (!ConcernAccess.MayUse(User.Scope())) return Forbid();
        NotForYou = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Forbid();
        if (ModelState.IsValid && !Villages.Any(g => g.Villages.Any(v => v.Id == Input.VillageId)))
            ModelState.AddModelError("Input.VillageId", "所选村(社区)不在您的管理范围内。");
        if (!ModelState.IsValid) return Page();
        try
        {
            var (concern, code) = await intake.SubmitAsync(Input.ToSubmission(), ConcernSource.Hotline, User.Identity!.Name, Input.PhotoUploads());
            TempData[ConcernIssued.NumberKey] = concern.TrackingNumber;
            TempData[ConcernIssued.CodeKey] = code;
            return Redirect($"/manage/concerns/{concern.Id}");
        }
        catch (ConcernInputException e)
        {
            ModelState.AddModelError("Input." + e.Field, e.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var scope = User.Scope();
        if (ConcernAccess.Paths(scope, ConcernAccess.IntakeRoles).Count == 0) return false;
        Categories = await choices.CategoriesAsync();
        Villages = await choices.VillagesAsync(await access.VillageIdsAsync(scope, ConcernAccess.IntakeRoles));
        return true;
    }
}
