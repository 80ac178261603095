using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Campaigns;

/// <summary>
/// Base of the set-up pages under /manage/campaigns/{id}: loads the campaign (tracked, with its org unit) and
/// answers 404 when it does not exist and 403 when the office's scope does not cover it — before any handler runs.
/// </summary>
public abstract class CampaignSetupPage(DundianDbContext db) : StaffPageModel
{
    protected DundianDbContext Db { get; } = db;
    public Campaign Campaign { get; private set; } = null!;

    /// <summary>Null when the campaign is loaded and may be managed; otherwise the result to return.</summary>
    protected async Task<IActionResult?> LoadCampaignAsync(int id, CancellationToken ct)
    {
        if (!CampaignSetupAccess.MayUse(User.Scope())) return Forbid();
        var campaign = await Db.Campaigns.Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return NotFound();
        if (!User.Scope().MayManage(campaign.OrgUnit!.Path)) return Forbid();
        Campaign = campaign;
        return null;
    }

    /// <summary>Puts a rule's message next to its field (Input.Field) and at the top of the form.</summary>
    protected void Show(ValidationException e)
    {
        ModelState.AddModelError("Input." + e.Field, e.Message);
        Error = e.Message;
    }

    /// <summary>The set-up forms bind <c>Input.*</c>, so a refusal marks <c>Input.Field</c> (as <see cref="Show"/> does).</summary>
    protected override string FieldPrefix => "Input.";
}
