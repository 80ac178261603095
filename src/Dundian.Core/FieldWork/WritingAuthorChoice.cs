namespace Dundian.Core.FieldWork;

/// <summary>
/// A participant record of the signed-in user he may write as: its campaign, its group's liaison villages and the
/// research topics of him or his group (for linking a report).
/// </summary>
public sealed record WritingAuthorChoice(int ParticipantId, string Label, IReadOnlyList<(int Id, string Name)> Villages,
    IReadOnlyList<(int Id, string Title)> Topics);
