using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

[AllowAnonymous]
public class ChannelModel(PortalQueries portal) : PageModel
{
    public ChannelPage? Listing { get; private set; }

    // [FromQuery]: "page" is also the Razor Pages route value naming this page, which would win otherwise.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid) return NotFound();
        Listing = await portal.ChannelAsync(slug, pageNumber, ct);
        return Listing is null ? NotFound() : Page();
    }

    public string PageUrl(int pageNumber) =>
        Listing!.Channel.Url + (pageNumber == 1 ? "" : "?page=" + pageNumber);
}
