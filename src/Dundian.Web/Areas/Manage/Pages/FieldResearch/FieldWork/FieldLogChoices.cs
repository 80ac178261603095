using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// Whom the form offers: the user's own participant records first, then the members of groups he leads, then
/// (for an office) everyone in a campaign his grant covers. Only an offer: the service decides on every post.
/// </summary>
public static class FieldLogChoices
{
    public static async Task<List<ParticipantChoice>> ForAsync(DundianDbContext db, StaffActor actor, CancellationToken ct)
    {
        var scope = actor.Scope;
        var userId = actor.UserId;
        var leads = scope.Has(StaffRole.GroupLead);
        var campaigns = await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.OrgUnit!.Path }).ToListAsync(ct);
        var officeCampaigns = campaigns.Where(c => scope.MayReadFigures(c.Path)).Select(c => c.Id).ToList();
        var people = await db.Participants.AsNoTracking()
            .Where(p => p.GroupId != null && p.RetiredAt == null && p.Group!.RetiredAt == null)
            .Where(p => p.UserId == userId || (leads && p.Group!.Leader!.UserId == userId) || officeCampaigns.Contains(p.CampaignId))
            .Select(p => new
            {
                p.Id, p.Name, p.Title, Own = p.UserId == userId, Group = p.Group!.Name, p.Group.SortOrder,
                Campaign = p.Campaign!.Name, p.Campaign.StartDate, p.Campaign.EndDate,
                Villages = p.Group.LiaisonVillages.Select(l => new { l.VillageId, l.Village!.Name }).ToList(),
            })
            .ToListAsync(ct);
        return people.OrderByDescending(p => p.Own).ThenBy(p => p.Campaign).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new ParticipantChoice(p.Id, $"{p.Name}({p.Title},{p.Group}·{p.Campaign})", p.Group,
                p.Villages.Select(v => (v.VillageId, v.Name)).ToList(), p.StartDate, p.EndDate))
            .ToList();
    }
}
