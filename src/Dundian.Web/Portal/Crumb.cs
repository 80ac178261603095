namespace Dundian.Web.Portal;

/// <summary>
/// One breadcrumb step after 首页. Pages put a list of these into ViewData[<see cref="ViewDataKey"/>]
/// and the layout renders 首页 > … from it, so every page gets the same markup.
/// </summary>
public sealed record Crumb(string Text, string? Url = null)
{
    public const string ViewDataKey = "Breadcrumb";

    /// <summary>首页 > [parent >] channel: the trail of a channel page and of its articles.</summary>
    public static IReadOnlyList<Crumb> ForChannel(ChannelLink channel, ChannelLink? parent) =>
        parent is null
            ? [new Crumb(channel.Name, channel.Url)]
            : [new Crumb(parent.Name, parent.Url), new Crumb(channel.Name, channel.Url)];
}
