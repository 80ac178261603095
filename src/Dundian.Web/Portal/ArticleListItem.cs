using Dundian.Core.Common;

namespace Dundian.Web.Portal;

/// <summary>
/// One line of an article list: title and the seed's short date (2007/5/8). A picture list also shows the cover
/// (served at /files/{id}) with its alt text; lists that don't need it leave both null.
/// </summary>
public sealed record ArticleListItem(int Id, string Title, DateTime PublishedAt, Guid? CoverId = null, string? CoverAlt = null)
{
    public string? CoverUrl => CoverId is { } id ? "/files/" + id : null;
    public string Url => "/article/" + Id;
    public string Date => ChinaTime.ShortDate(PublishedAt);
    /// <summary>For &lt;time datetime&gt;: the date in China, like the visible one.</summary>
    public string IsoDate => ChinaTime.ToLocal(PublishedAt).ToString("yyyy-MM-dd");
}
