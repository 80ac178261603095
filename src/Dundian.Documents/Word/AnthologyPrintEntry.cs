namespace Dundian.Documents.Word;

/// <summary>One writing of an anthology, already masked for the public.</summary>
public sealed record AnthologyPrintEntry(string Title, string Author, string? AuthorTitle, string? Unit, string Village, DateOnly Date, string BodyHtml);
