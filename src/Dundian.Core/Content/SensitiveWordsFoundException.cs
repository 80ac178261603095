namespace Dundian.Core.Content;

/// <summary>
/// A submission refused because the text contains lexicon words. <see cref="HighlightedHtml"/> holds each affected
/// passage, HTML-encoded, with the words in &lt;mark&gt; — safe to render as is.
/// </summary>
public sealed class SensitiveWordsFoundException(IReadOnlyList<string> words, IReadOnlyList<string> highlightedHtml)
    : ArticleRuleException($"文章含有敏感词({string.Join("、", words)}),请修改后再提交审核。")
{
    public IReadOnlyList<string> Words { get; } = words;
    public IReadOnlyList<string> HighlightedHtml { get; } = highlightedHtml;
}
