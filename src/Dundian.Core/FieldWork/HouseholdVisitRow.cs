namespace Dundian.Core.FieldWork;

/// <summary>A visit as the household page lists it; date and visitors come from the field log when the visit has one.</summary>
public sealed record HouseholdVisitRow(long Id, DateOnly? On, string? Visitors, string? Notes, decimal ConsolationYuan, bool Consoled,
    long? FieldLogId, string? FieldLogLabel);
