using Dundian.Core.Common;

namespace Dundian.Web.Portal;

/// <summary>A published article as the article page shows it. <see cref="BodyHtml"/> was sanitised when stored.</summary>
public sealed record ArticleView(int Id, string Title, string? Source, string? Author, DateTime PublishedAt,
    string BodyHtml, ChannelLink Channel, ChannelLink? Parent)
{
    public string Date => ChinaTime.ShortDate(PublishedAt);
    /// <summary>For &lt;time datetime&gt;: the date in China, like the visible one.</summary>
    public string IsoDate => ChinaTime.ToLocal(PublishedAt).ToString("yyyy-MM-dd");
}
