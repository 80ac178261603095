using Dundian.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Topics;

/// <summary>
/// A published 专题 under its own banner, its sections in the editor's order. Unpublished topics are 404. Output-cached
/// for anonymous readers (<see cref="PortalCacheKind.Figures"/>).
/// </summary>
[AllowAnonymous]
public class TopicModel(TopicQueries topics) : PageModel
{
    public TopicView Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var topic = await topics.TopicAsync(slug, ct: ct);
        if (topic is null) return NotFound();
        Topic = topic;
        // Cached with the campaign page's policy: evicted by the articles it lists (lists tag), its commitments and
        // each campaign whose figures or notes a section shows — a write to another campaign leaves it cached.
        PortalCache.TagResponse(HttpContext, [PortalCache.ListsTag, PortalCache.CommitmentsTag,
            .. topic.Blocks.Where(b => b.CampaignId is not null).Select(b => PortalCache.CampaignTag(b.CampaignId!.Value))]);
        return Page();
    }
}
