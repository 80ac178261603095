using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Topics;

/// <summary>All published notes and reports of a campaign, latest first, paged (the topic page shows the newest few).</summary>
[AllowAnonymous]
public class WritingsModel(DundianDbContext db, PublishedWritings writings) : PageModel
{
    public const int PageSize = 20;

    public int CampaignId { get; private set; }
    public string CampaignName { get; private set; } = "";
    public List<PublishedWriting> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        var name = await db.Campaigns.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (name is null) return NotFound();
        CampaignId = id;
        CampaignName = name;
        PageNumber = int.TryParse(page, out var n) ? Math.Clamp(n, 1, 500) : 1;
        (Total, Items) = await writings.ListAsync(id, PageNumber, PageSize, ct);
        return Page();
    }
}
