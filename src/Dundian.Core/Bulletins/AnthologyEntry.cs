namespace Dundian.Core.Bulletins;

/// <summary>One published note or report as the anthology prints it: masked title and body, author, unit, village, day.</summary>
public sealed record AnthologyEntry(string Title, string BodyHtml, string Author, string? AuthorTitle, string? Unit,
    string Village, string? Group, DateOnly Date);
