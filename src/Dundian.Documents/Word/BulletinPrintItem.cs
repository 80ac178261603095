namespace Dundian.Documents.Word;

/// <summary>One item of a printed bulletin: heading, optional by-line, sanitised HTML body.</summary>
public sealed record BulletinPrintItem(string Heading, string? Byline, string BodyHtml);
