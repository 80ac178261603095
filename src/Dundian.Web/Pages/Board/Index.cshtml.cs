using Dundian.Web.Community;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Board;

/// <summary>The public message board (留言板): published messages, newest first, with official replies and counts.</summary>
[AllowAnonymous]
public class IndexModel(CommunityQueries queries) : PageModel
{
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public BoardPage Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Board = await queries.BoardAsync(PageNumber, ct);
}
