using System.ComponentModel.DataAnnotations;
using Dundian.Core.Concerns;
using Microsoft.AspNetCore.Http;

namespace Dundian.Web.Concerns;

/// <summary>
/// The fields of the portal form and the hotline form. Only presence is checked here; lengths, markup and the phone
/// format are checked by <see cref="ConcernIntake"/>, so both forms and the Open311 endpoint refuse the same things.
/// </summary>
public sealed class ConcernForm
{
    [Required(ErrorMessage = "请选择诉求类别。")]
    public string? CategoryCode { get; set; }

    [Required(ErrorMessage = "请选择诉求所在的村(社区)。")]
    public int? VillageId { get; set; }

    public string? Description { get; set; }

    [Required(ErrorMessage = "请填写您的姓名,以便回访。")]
    public string? ReporterName { get; set; }

    [Required(ErrorMessage = "请填写联系电话,以便回访。")]
    public string? ReporterPhone { get; set; }

    public string? Location { get; set; }

    /// <summary>Optional photos (evidence only, never required — 减负).</summary>
    public List<IFormFile> Photos { get; set; } = [];

    /// <summary>
    /// The chosen photos as uploads; a file input left empty posts a part without a name, which is not a photo.
    /// The streams belong to the request and are closed with it.
    /// </summary>
    public IReadOnlyList<ConcernPhotoUpload> PhotoUploads() => PhotoUploadsOf(Photos);

    public static IReadOnlyList<ConcernPhotoUpload> PhotoUploadsOf(IEnumerable<IFormFile> files) =>
        files.Where(f => !string.IsNullOrEmpty(f.FileName)).Select(f => new ConcernPhotoUpload(f.OpenReadStream(), f.FileName)).ToList();

    public ConcernSubmission ToSubmission() =>
        new(CategoryCode ?? "", VillageId ?? 0, Description ?? "", ReporterName, ReporterPhone,
            string.IsNullOrWhiteSpace(Location) ? null : Location);
}
