namespace Dundian.Web.Api.Write;

/// <summary>One page of field logs, newest stay first.</summary>
public sealed record FieldLogPage(int Total, int Page, int PageSize, IReadOnlyList<FieldLogView> Items);
