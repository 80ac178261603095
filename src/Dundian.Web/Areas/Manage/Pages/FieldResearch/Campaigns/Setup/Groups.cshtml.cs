using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>调研组与联系村: each group with its leader, member count and liaison villages (with dates).</summary>
public class GroupsModel(DundianDbContext db) : CampaignSetupPage(db)
{
    public List<ResearchGroup> Groups { get; private set; } = [];
    public Dictionary<int, int> MemberCounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Groups = await Db.ResearchGroups.AsNoTracking().Include(g => g.Leader)
            .Include(g => g.LiaisonVillages).ThenInclude(l => l.Village).ThenInclude(v => v!.Parent)
            .Where(g => g.CampaignId == id).OrderBy(g => g.SortOrder).ThenBy(g => g.Id).AsSplitQuery().ToListAsync(ct);
        MemberCounts = await Db.Participants.Where(p => p.CampaignId == id && p.GroupId != null)
            .GroupBy(p => p.GroupId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return Page();
    }
}
