using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

/// <summary>
/// A published article. It does not count this view: the page is served from the output cache, so the page's script
/// counts it through <see cref="Newsroom.ArticleViewEndpoint"/>.
/// </summary>
[AllowAnonymous]
public class ArticleModel(ArticlePageQueries pages) : PageModel
{
    public ArticlePage? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        View = await pages.ForAsync(id, ct);
        return View is null ? NotFound() : Page();
    }
}
