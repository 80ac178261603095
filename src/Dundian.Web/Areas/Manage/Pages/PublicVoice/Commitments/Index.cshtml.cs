using Dundian.Core.Commitments;
using Dundian.Web.Accounts;
using Dundian.Web.Commitments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Commitments;

/// <summary>公开承诺 list: the commitments whose owner unit is in the user's scope.</summary>
public class IndexModel(CommitmentAccess access, TimeProvider clock) : PageModel
{
    public List<PublicCommitment> Items { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = User.Scope();
        if (!CommitmentAccess.MayUse(scope)) return Forbid();
        Now = clock.GetUtcNow().UtcDateTime;
        Items = await access.ListAsync(scope);
        return Page();
    }
}
