using Dundian.Core.Submissions;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Submissions;

/// <summary>信息报送 list: an editor's queue (units under the editor's grants) and the user's own submissions.</summary>
public class IndexModel(SubmissionAccess access) : PageModel
{
    public List<Submission> Items { get; private set; } = [];
    public bool MayHandle { get; private set; }
    public bool MaySubmit { get; private set; }
    [FromQuery(Name = "status")] public SubmissionStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!SubmissionAccess.MayUse(scope)) return Forbid();
        MayHandle = SubmissionAccess.MayHandle(scope);
        MaySubmit = SubmissionAccess.MaySubmit(scope);
        if (!ModelState.IsValid) Status = null;
        Items = await access.ListAsync(scope, SubmissionAccess.UserId(User), Status, ct);
        return Page();
    }
}
