using Dundian.Core.Concerns;

namespace Dundian.Web.Api.Write;

/// <summary>
/// A resident's concern filed by a platform (浙里办, a county app) or a cadre's app. <see cref="Source"/> is
/// <c>portal</c> (an online platform, the default) or <c>hotline</c>; with <see cref="FieldLogId"/> it is a concern
/// raised during that stay (source 走访座谈). The reporter's name and phone are stored for the handlers and are masked
/// on every public surface, as for the portal form.
/// </summary>
public sealed record ConcernBody
{
    public string CategoryCode { get; init; } = "";
    public int VillageId { get; init; }
    public string Description { get; init; } = "";
    public string? ReporterName { get; init; }
    public string? ReporterPhone { get; init; }
    public string? Location { get; init; }
    public string? Source { get; init; }
    public long? FieldLogId { get; init; }

    public ConcernSubmission ToSubmission() =>
        new(CategoryCode ?? "", VillageId, Description ?? "", Blank(ReporterName), Blank(ReporterPhone), Blank(Location), FieldLogId);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
