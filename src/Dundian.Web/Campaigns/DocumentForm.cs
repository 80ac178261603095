using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;

namespace Dundian.Web.Campaigns;

/// <summary>The fields of a campaign document as posted (Input.*); the body is rich text, sanitised on apply.</summary>
public sealed class DocumentForm
{
    public string? Title { get; set; }
    public CampaignDocumentKind Kind { get; set; } = CampaignDocumentKind.Notice;
    public string? Reference { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public bool IsPublic { get; set; }
    public string? BodyHtml { get; set; }

    public static DocumentForm From(CampaignDocument d) => new()
    {
        Title = d.Title, Kind = d.Kind, Reference = d.Reference, IssuedOn = d.IssuedOn, IsPublic = d.IsPublic, BodyHtml = d.BodyHtml,
    };

    public void ApplyTo(CampaignDocument d, HtmlCleaner cleaner)
    {
        var title = Title?.Trim();
        if (string.IsNullOrEmpty(title)) throw new ValidationException("Title", "请填写文件标题。");
        if (title.Length > 200) throw new ValidationException("Title", "文件标题不超过200字。");
        if (PlainTextInput.HasMarkup(title) || PlainTextInput.HasMarkup(Reference))
            throw new ValidationException("Title", "标题和文号只能填写文字,不能包含网页标记。");
        if (!Enum.IsDefined(Kind)) throw new ValidationException("Kind", "请选择文件类别。");
        if (Reference?.Trim().Length > 100) throw new ValidationException("Reference", "文号不超过100字。");
        d.Title = title;
        d.Kind = Kind;
        d.Reference = string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim();
        d.IssuedOn = IssuedOn;
        d.IsPublic = IsPublic;
        d.SetBody(cleaner, BodyHtml);
    }
}
