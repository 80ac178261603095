namespace Dundian.Core.Campaigns;

/// <summary>One data row of a participant import, as text, with the row number the user sees in Excel.</summary>
public sealed record ParticipantImportRow(int Number, string? Name, string? Title, string? Unit, string? Category, string? Group);
