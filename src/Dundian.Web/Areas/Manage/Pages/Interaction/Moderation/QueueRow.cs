using Dundian.Core.Community;

namespace Dundian.Web.Areas.Manage.Pages.Moderation;

/// <summary>One line of the queue: the post, its highlighted excerpt (encoded HTML) and how late its reply is.</summary>
public sealed record QueueRow(CommunityPost Post, string ExcerptHtml, ReplyOverdue Overdue);
