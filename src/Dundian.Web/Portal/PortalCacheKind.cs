namespace Dundian.Web.Portal;

/// <summary>How a cached portal page is tagged and whether concurrent misses share one render (<see cref="PortalOutputCachePolicy"/>).</summary>
public enum PortalCacheKind
{
    /// <summary>Home and channel pages: tagged as lists.</summary>
    Lists,

    /// <summary>An article page (route <c>id</c>): its own tag, and the lists tag (it lists other articles too).</summary>
    Article,

    /// <summary>
    /// The campaign page, a special topic and the figures API: tagged with <see cref="PortalCache.FiguresTag"/>, the
    /// campaign of the route's <c>id</c>, and whatever the page adds while rendering (<see cref="PortalCache.TagResponse"/>).
    /// Each miss renders (live figures must be exact).
    /// </summary>
    Figures,

    /// <summary>
    /// The public bulletin pages: tagged with <see cref="PortalCache.BulletinsTag"/>; an issue's page adds its
    /// campaign (the figures "today" beside the printed ones), the campaign's list has the campaign as route <c>id</c>.
    /// </summary>
    Bulletins,
}
