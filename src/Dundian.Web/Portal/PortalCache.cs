using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Dundian.Web.Portal;

/// <summary>Names shared by the output-cache policy, its page conventions and the invalidator.</summary>
public static class PortalCache
{
    /// <summary>Every cached portal page (the channel bar is on all of them).</summary>
    public const string AllTag = "portal";

    /// <summary>Pages that list articles: the home page, the channel pages and the article pages (related, most read).</summary>
    public const string ListsTag = "portal-lists";

    /// <summary>
    /// Every page that shows a campaign's figures (campaign page, special topics, the figures API, the home page's
    /// strip): evicted by changes that can move any campaign's figures or their labels, e.g. an org unit renamed.
    /// </summary>
    public const string FiguresTag = "figures";

    /// <summary>Pages that list public commitments (the special topic's 公开承诺 section).</summary>
    public const string CommitmentsTag = "commitments";

    /// <summary>The public bulletin pages (list, a campaign's issues, an issue): evicted when a bulletin is issued or withdrawn.</summary>
    public const string BulletinsTag = "bulletins";

    /// <summary>How long a page may be served from the cache if no write evicts it first (a safety net).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string ArticleTag(int id) => "article:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Pages that show this campaign's figures: evicted by a write to any record behind them.</summary>
    public static string CampaignTag(int id) => "campaign:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds tags to the response being cached, for a page that learns what it shows only while rendering (a special
    /// topic's campaigns, the home page's campaign strip). Does nothing when the response is not output-cached.
    /// </summary>
    public static void TagResponse(HttpContext http, params IEnumerable<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is not { } context) return;
        foreach (var tag in tags) context.Tags.Add(tag);
    }
}
