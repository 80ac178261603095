namespace Dundian.Core.FieldWork;

/// <summary>
/// A published note or report as the public sees it: title and body with residents' personal data masked
/// (<see cref="Common.PersonalDataMask"/>), the author (a public official acting in office: name, post, unit) and where.
/// </summary>
public sealed record PublishedWriting(WritingKind Kind, int Id, int CampaignId, string CampaignName, string Title, string BodyHtml,
    string AuthorName, string? AuthorTitle, string? AuthorUnit, string Village, DateTime PublishedAtUtc, string? TopicTitle)
{
    public string Url => WritingKinds.PublicUrl(Kind, Id);
}
