using Dundian.Core.Community;

namespace Dundian.Web.Community;

/// <summary>One page of the public message board and its replied/total counts.</summary>
public sealed record BoardPage(IReadOnlyList<BoardMessage> Messages, int Total, int Replied, int PageNumber, int PageCount);
