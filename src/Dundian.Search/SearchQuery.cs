namespace Dundian.Search;

public enum SearchOrder { Relevance, Newest }

/// <summary>A user's search: free text (not query syntax — it is escaped), optional filters, a page.</summary>
public sealed record SearchQuery(
    string Text, string? Channel = null, DateTime? FromUtc = null, DateTime? ToUtc = null,
    SearchOrder Order = SearchOrder.Relevance, int Page = 1, int PageSize = 10);
