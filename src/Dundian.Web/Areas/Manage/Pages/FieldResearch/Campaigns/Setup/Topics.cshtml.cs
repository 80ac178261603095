using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>调研主题: who registered each topic (a participant or a group), its status and its report.</summary>
public class TopicsModel(DundianDbContext db) : CampaignSetupPage(db)
{
    public List<ResearchTopic> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Topics = await Db.ResearchTopics.AsNoTracking().Include(t => t.Participant).Include(t => t.Group).Include(t => t.Report)
            .Where(t => t.CampaignId == id).OrderBy(t => t.Id).ToListAsync(ct);
        return Page();
    }

    public static string StatusName(TopicStatus s) => s switch
    {
        TopicStatus.Registered => "已登记",
        TopicStatus.InProgress => "调研中",
        TopicStatus.Concluded => "已结题",
        _ => s.ToString(),
    };
}
