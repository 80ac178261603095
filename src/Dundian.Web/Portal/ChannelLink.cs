namespace Dundian.Web.Portal;

/// <summary>A channel as the portal links to it: /channel/{Slug}.</summary>
public sealed record ChannelLink(int Id, string Slug, string Name)
{
    public string Url => "/channel/" + Uri.EscapeDataString(Slug);
}
