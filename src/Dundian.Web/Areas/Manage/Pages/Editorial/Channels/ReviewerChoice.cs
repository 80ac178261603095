namespace Dundian.Web.Areas.Manage.Pages.Channels;

/// <summary>A staff account that may be assigned as a channel reviewer (holds 审核员 on the portal's unit).</summary>
public sealed record ReviewerChoice(string UserId, string Name);
