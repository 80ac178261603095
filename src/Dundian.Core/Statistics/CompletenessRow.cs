namespace Dundian.Core.Statistics;

/// <summary>A participant or liaison village that is behind, with its group and (for villages) the last day logged.</summary>
public sealed record CompletenessRow(int Id, string Name, string? Group, DateOnly? LastDay);
