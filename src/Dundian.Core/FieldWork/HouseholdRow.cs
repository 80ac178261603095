namespace Dundian.Core.FieldWork;

/// <summary>
/// A household as a staff page may show it: <see cref="HeadName"/>, <see cref="Phone"/> and <see cref="IdNumber"/>
/// are already masked unless <see cref="Full"/> (the viewer's scope covers the household's village).
/// </summary>
public sealed record HouseholdRow(int Id, int VillageId, string Village, string HeadName, string Phone, string IdNumber,
    HardshipKind Kind, string? Situation, string? HelpGiven, int Visits, DateOnly? LastVisit, bool Full,
    DateTime? RetiredAt = null, string? RetireReason = null);
