using Dundian.Core.Campaigns;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>活动设置: the campaigns the signed-in office may set up, county tier and township tier together.</summary>
public class IndexModel(CampaignSetupAccess access) : PageModel
{
    public List<Campaign> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CampaignSetupAccess.MayUse(User.Scope())) return Forbid();
        Campaigns = await access.ManagedAsync(User.Scope(), ct);
        return Page();
    }
}
