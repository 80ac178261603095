using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Submissions;
using Dundian.Web.Accounts;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Submissions;

/// <summary>计分规则: points per adopted item and a bonus per channel. Site-wide, so editors of the root unit only.</summary>
public class ScoringModel(DundianDbContext db, SubmissionAccess access, SubmissionService service) : StaffPageModel
{
    public List<Channel> Channels { get; private set; } = [];
    public int BasePoints { get; private set; }
    public Dictionary<int, int> Bonus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.MaySetRulesAsync(User.Scope(), ct)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>channelId empty = the base points.</summary>
    public async Task<IActionResult> OnPostAsync(int? channelId, int? points, CancellationToken ct)
    {
        if (!await access.MaySetRulesAsync(User.Scope(), ct)) return Forbid();
        return await ActAsync(() => service.SetRuleAsync(channelId, points ?? throw new ValidationException("points", "请填写分值。"), ct),
            "计分规则已保存。此后采用的信息按新规则计分,已采用的不变。", "/manage/submissions/scoring", () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var rules = await db.ScoringRules.AsNoTracking().ToListAsync(ct);
        BasePoints = rules.FirstOrDefault(r => r.ChannelId == null)?.Points ?? 0;
        Bonus = rules.Where(r => r.ChannelId != null).ToDictionary(r => r.ChannelId!.Value, r => r.Points);
    }
}
