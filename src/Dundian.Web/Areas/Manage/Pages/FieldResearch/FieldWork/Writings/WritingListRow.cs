using Dundian.Core.FieldWork;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>One line of the writings list.</summary>
public sealed record WritingListRow(int Id, string Title, string Author, string? Group, string Village, string Campaign,
    WritingStatus Status, DateTime Updated);
