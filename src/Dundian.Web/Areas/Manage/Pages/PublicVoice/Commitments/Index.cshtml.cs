using Dundian.Web.Exports;
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

    /// <summary>The list as .xlsx; same role and scope as the list.</summary>
    public async Task<IActionResult> OnGetExportAsync([FromServices] Dundian.Core.Data.DundianDbContext db, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!CommitmentAccess.MayUse(scope)) return Forbid();
        var items = await access.ListAsync(scope, ct);
        await db.AuditAsync("导出Excel", "PublicCommitment", null, $"公开承诺 {items.Count} 项", ct);
        return new XlsxDownload("公开承诺.xlsx", ProjectSheets.Commitments(items));
    }
}
