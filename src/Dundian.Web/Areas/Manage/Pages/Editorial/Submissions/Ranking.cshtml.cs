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

    /// <summary>The ranking shown for the same period as .xlsx; a bad period shows the page's message and writes nothing.</summary>
    public async Task<IActionResult> OnGetExportAsync([FromServices] Dundian.Core.Data.DundianDbContext db, CancellationToken ct)
    {
        var page = await OnGetAsync(ct);
        if (page is not PageResult || Error is not null) return page;
        await db.AuditAsync("导出Excel", "Submission", null, $"信息报送单位排行 {Period.Name} {Rows.Count} 个单位", ct);
        return new Dundian.Web.Exports.XlsxDownload($"信息报送单位排行-{Period.Name}.xlsx", new Dundian.Documents.XlsxAsyncSheet("单位排行",
            ["名次", "单位", "报送(条)", "采用(条)", "得分"], Dundian.Web.Exports.ExportRows.Cells(Rows, r => [r.Rank, r.UnitName, r.Submitted, r.Adopted, r.Points])));
    }
}
