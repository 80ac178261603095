using Dundian.Core.Common;
using Dundian.Core.Submissions;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Submissions;

/// <summary>单位排行: units under the editor's grants ranked by the points of items adopted in a month, quarter or year.</summary>
public class RankingModel(SubmissionService service, TimeProvider clock) : PageModel
{
    [FromQuery] public PeriodKind Kind { get; set; } = PeriodKind.Month;
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? Number { get; set; }
    public RankingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<UnitScore> Rows { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!SubmissionAccess.MayHandle(scope)) return Forbid();
        var current = RankingPeriod.Containing(ModelState.IsValid ? Kind : PeriodKind.Month, clock.GetUtcNow().UtcDateTime);
        try
        {
            Period = ModelState.IsValid && Year is not null
                ? RankingPeriod.Create(Kind, Year.Value, Number ?? 1)
                : current;
        }
        catch (ValidationException e)
        {
            Error = e.Message;
            Period = current;
        }
        Kind = Period.Kind;
        Rows = await service.RankingAsync(SubmissionAccess.HandlerPaths(scope), Period, ct);
        return Page();
    }
}
