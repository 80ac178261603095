using System.Net;
using Lucene.Net.Search.Highlight;

namespace Dundian.Search;

/// <summary>Encodes markup characters only; Lucene's SimpleHTMLEncoder would turn every Chinese character into an entity.</summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
