using System.Globalization;
using Dundian.Core.Common;
using Dundian.Core.Content;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>The article form as posted; times are China local time (datetime-local inputs).</summary>
public sealed class ArticleForm
{
    public int ChannelId { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? BodyHtml { get; set; }
    public string? Source { get; set; }
    public string? Author { get; set; }
    public string? EditorName { get; set; }
    public string? Tags { get; set; }
    public string? PublishAt { get; set; }
    public string? UnpublishAt { get; set; }
    public IFormFile? Cover { get; set; }
    public string? CoverAlt { get; set; }
    public bool RemoveCover { get; set; }
    public IFormFile? Video { get; set; }
    public bool RemoveVideo { get; set; }
    public List<IFormFile> Attachments { get; set; } = [];
    public List<int> RemoveAttachments { get; set; } = [];

    public static ArticleForm From(Article a) => new()
    {
        ChannelId = a.ChannelId, Title = a.Title, Summary = a.Summary, BodyHtml = a.BodyHtml, Source = a.Source,
        Author = a.Author, EditorName = a.EditorName, Tags = a.Tags?.Replace(",", "、"),
        PublishAt = Local(a.ScheduledPublishAt), UnpublishAt = Local(a.ScheduledUnpublishAt),
    };

    public ArticleDraft ToDraft(Guid? cover, Guid? video, IReadOnlyList<Guid> added) => new(
        ChannelId, Title, Summary, BodyHtml, Source, Author, EditorName, Tags, Utc(PublishAt, "定时发布时间"),
        Utc(UnpublishAt, "定时撤稿时间"), cover, video, added, RemoveAttachments);

    private static string? Local(DateTime? utc) => utc is null ? null : ChinaTime.ToLocal(utc.Value).ToString("yyyy-MM-ddTHH:mm");

    private static DateTime? Utc(string? local, string field)
    {
        if (string.IsNullOrWhiteSpace(local)) return null;
        return DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? ChinaTime.ToUtc(DateTime.SpecifyKind(t, DateTimeKind.Unspecified))
            : throw new ArticleRuleException($"{field}格式不正确。");
    }
}
