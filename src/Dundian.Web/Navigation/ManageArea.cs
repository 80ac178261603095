namespace Dundian.Web.Navigation;

/// <summary>One group of the staff menu (蹲点调研, 民情, …): its heading and its place in the menu.</summary>
public sealed record ManageArea(string Key, string Title, int Order);
