using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>参加人员: the campaign's participants, paged (the county campaign has 120+), searchable by name or unit.</summary>
public class ParticipantsModel(DundianDbContext db) : CampaignSetupPage(db)
{
    public const int PageSize = 30;
    public List<Participant> Participants { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string? Q { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] string? q, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var query = Db.Participants.AsNoTracking().Include(p => p.Group).Include(p => p.User).Where(p => p.CampaignId == id);
        if (Q is not null) query = query.Where(p => p.Name.Contains(Q) || (p.Unit != null && p.Unit.Contains(Q)));
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(pageNumber, 1, Pages);
        Participants = await query.OrderBy(p => p.Category).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }
}
