using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Core.Projects;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Projects;

/// <summary>
/// The shared page model of the two 办实事 imports (practical projects, development plans): both belong to a campaign
/// chosen on the page (<c>?campaignId=</c>), both are for the offices that keep the 办实事 books
/// (<see cref="ProjectAccess"/>), both offer a per-campaign template and an all-or-nothing upload.
/// </summary>
public abstract class CampaignImportPage(DundianDbContext db) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public ExcelImport Import { get; } = new();
    public List<(int Id, string Name)> Campaigns { get; private set; } = [];
    public Campaign? Campaign { get; private set; }

    protected abstract string Path { get; }
    protected abstract string TemplateName { get; }
    protected abstract IReadOnlyList<string> Required { get; }
    protected abstract string Noun { get; }
    protected abstract Task<byte[]> TemplateAsync(int campaignId, CancellationToken ct);
    protected abstract Task<ImportResult> RunAsync(int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(int? campaignId, CancellationToken ct) => await LoadAsync(campaignId, ct) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(int? campaignId, CancellationToken ct)
    {
        if (await LoadAsync(campaignId, ct) is { } refused) return refused;
        if (Campaign is null) return NotFound();
        return File(await TemplateAsync(Campaign.Id, ct), XlsxWriter.ContentType, TemplateName);
    }

    public async Task<IActionResult> OnPostAsync(int? campaignId, CancellationToken ct)
    {
        if (await LoadAsync(campaignId, ct) is { } refused) return refused;
        if (Campaign is null) return NotFound();
        var id = Campaign.Id;
        var done = await Import.RunAsync(Upload, Required, Noun, rows => RunAsync(id, rows, ct));
        if (done is null) return Page();
        TempData["Message"] = done;
        return Redirect($"{Path}?campaignId={id}");
    }

    private async Task<IActionResult?> LoadAsync(int? campaignId, CancellationToken ct)
    {
        if (!ProjectAccess.MayUse(User.Scope())) return Forbid();
        Campaigns = (await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        if (campaignId is { } id)
        {
            Campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (Campaign is null) return NotFound();
        }
        return null;
    }
}
