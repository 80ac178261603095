using System.ComponentModel.DataAnnotations;
using Dundian.Core.Concerns;

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

    public ConcernSubmission ToSubmission() =>
        new(CategoryCode ?? "", VillageId ?? 0, Description ?? "", ReporterName, ReporterPhone,
            string.IsNullOrWhiteSpace(Location) ? null : Location);
}
