using Dundian.Core.Concerns;
using Dundian.Web.Concerns;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Pages.Concerns;

/// <summary>我要反映: the public concern form (no login). Posts are rate-limited per client address.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public class NewModel(ConcernIntake intake, ConcernChoices choices) : PageModel
{
    [BindProperty] public ConcernForm Input { get; set; } = new();
    public List<ConcernCategory> Categories { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var (concern, code) = await intake.SubmitAsync(Input.ToSubmission(), ConcernSource.Portal, null, Input.PhotoUploads());
                TempData[ConcernIssued.NumberKey] = concern.TrackingNumber;
                TempData[ConcernIssued.CodeKey] = code;
                return RedirectToPage("Submitted");
            }
            catch (ConcernInputException e)
            {
                ModelState.AddModelError("Input." + e.Field, e.Message);
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Categories = await choices.CategoriesAsync();
        Villages = await choices.VillagesAsync();
    }
}
