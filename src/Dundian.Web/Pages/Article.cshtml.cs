using Dundian.Web.Newsroom;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

[AllowAnonymous]
public class ArticleModel(PortalQueries portal, ArticleExtras extras, ArticleNeighbours neighbours) : PageModel
{
    public ArticleView? Article { get; private set; }
    public ArticleExtrasView? Extras { get; private set; }
    public ArticleNeighboursView? Neighbours { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Article = await portal.ArticleAsync(id, ct);
        if (Article is null) return NotFound();
        Extras = await extras.ForViewAsync(id, ct);
        Neighbours = await neighbours.ForAsync(id, ct);
        return Page();
    }
}
