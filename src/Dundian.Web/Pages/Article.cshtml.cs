using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

[AllowAnonymous]
public class ArticleModel(PortalQueries portal) : PageModel
{
    public ArticleView? Article { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Article = await portal.ArticleAsync(id, ct);
        return Article is null ? NotFound() : Page();
    }
}
