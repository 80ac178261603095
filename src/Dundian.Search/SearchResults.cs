namespace Dundian.Search;

/// <summary>One hit. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with &lt;mark&gt; around matches.</summary>
public sealed record SearchHit(string Key, string Kind, string Url, string Title, string TitleHtml, string SnippetHtml,
    DateTime PublishedAtUtc, string? ChannelName);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);
