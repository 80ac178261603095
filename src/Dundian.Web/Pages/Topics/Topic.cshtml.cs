using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Topics;

/// <summary>A published 专题 under its own banner, its sections in the editor's order. Unpublished topics are 404.</summary>
[AllowAnonymous]
public class TopicModel(TopicQueries topics) : PageModel
{
    public TopicView Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var topic = await topics.TopicAsync(slug, ct: ct);
        if (topic is null) return NotFound();
        Topic = topic;
        return Page();
    }
}
