namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>One audited change of a writing, as its 处理记录 shows it.</summary>
public sealed record WritingHistoryRow(DateTime At, string? UserName, string What);
