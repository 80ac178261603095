namespace Dundian.Core.Concerns;

/// <summary>What a resident, a hotline operator or a cadre enters for a new concern.</summary>
public sealed record ConcernSubmission(
    string CategoryCode, int VillageId, string Description,
    string? ReporterName = null, string? ReporterPhone = null, string? Location = null, long? FieldLogId = null);
