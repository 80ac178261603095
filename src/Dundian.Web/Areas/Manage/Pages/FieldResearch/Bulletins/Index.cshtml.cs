using Dundian.Core.Bulletins;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Bulletins;
using Dundian.Core.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Bulletins;

/// <summary>
/// 简报: the campaigns the office runs, each with its bulletin series and issues; a new series, a new draft, and the
/// anthology downloads. Only campaigns whose own org unit the user's office grant covers are listed or written to.
/// </summary>
public class IndexModel(DundianDbContext db, BulletinDesk desk) : PageModel
{
    public sealed record CampaignRow(int Id, string Name, List<SeriesRow> Series, List<(int Id, string Name)> Groups);
    public sealed record SeriesRow(int Id, string Name, string IssuingUnit, int LastNumber, List<Bulletin> Bulletins);

    public List<CampaignRow> Campaigns { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!BulletinAccess.MayUse(User.Scope())) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNewSeriesAsync(int campaignId, string? name, string? issuingUnit, CancellationToken ct)
    {
        if (!await db.MayManageCampaignAsync(User.Scope(), campaignId, ct)) return Forbid();
        try
        {
            if (await db.BulletinSeries.AnyAsync(s => s.CampaignId == campaignId && s.Name == (name ?? "").Trim(), ct))
                throw new ValidationException("Name", "本活动已有同名的简报");
            db.BulletinSeries.Add(BulletinSeries.Create(campaignId, name ?? "", issuingUnit ?? ""));
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "已新建简报系列。";
            return RedirectToPage();
        }
        catch (ValidationException e)
        {
            Error = e.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostNewDraftAsync(int seriesId, CancellationToken ct)
    {
        if (!await db.MayManageSeriesAsync(User.Scope(), seriesId, ct)) return Forbid();
        var draft = await desk.NewDraftAsync(seriesId, ct: ct);
        return Redirect($"/manage/bulletins/{draft.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        var campaigns = (await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartDate)
                .Select(c => new { c.Id, c.Name, Path = c.OrgUnit!.Path }).ToListAsync(ct))
            .Where(c => scope.MayManage(c.Path)).ToList();
        var ids = campaigns.Select(c => c.Id).ToList();
        var series = await db.BulletinSeries.AsNoTracking().Where(s => ids.Contains(s.CampaignId)).OrderBy(s => s.Id).ToListAsync(ct);
        var seriesIds = series.Select(s => s.Id).ToList();
        var bulletins = await db.Bulletins.AsNoTracking().Where(b => seriesIds.Contains(b.SeriesId))
            .OrderByDescending(b => b.Number == null).ThenByDescending(b => b.Number).ThenByDescending(b => b.Id).ToListAsync(ct);
        var groups = await db.ResearchGroups.AsNoTracking().Where(g => ids.Contains(g.CampaignId)).OrderBy(g => g.SortOrder)
            .Select(g => new { g.CampaignId, g.Id, g.Name }).ToListAsync(ct);
        Campaigns = campaigns.Select(c => new CampaignRow(c.Id, c.Name,
            series.Where(s => s.CampaignId == c.Id).Select(s => new SeriesRow(s.Id, s.Name, s.IssuingUnit, s.LastNumber,
                bulletins.Where(b => b.SeriesId == s.Id).ToList())).ToList(),
            groups.Where(g => g.CampaignId == c.Id).Select(g => (g.Id, g.Name)).ToList())).ToList();
    }
}
