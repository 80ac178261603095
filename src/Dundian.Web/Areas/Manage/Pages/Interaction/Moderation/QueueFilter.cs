namespace Dundian.Web.Areas.Manage.Pages.Moderation;

/// <summary>Which posts the moderation queue lists.</summary>
public enum QueueFilter
{
    /// <summary>待审核: new, held for sensitive words or taken down after reports.</summary>
    Pending,
    /// <summary>超期未回复: messages without an official reply past the warning days.</summary>
    Overdue,
    Published,
    Rejected,
}
