using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

[AllowAnonymous]
public class IndexModel(HomeQueries home) : PageModel
{
    public IReadOnlyList<HomeBlock> Blocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Blocks = await home.BlocksAsync(ct);
}
