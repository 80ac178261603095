namespace Dundian.Web.Navigation;

/// <summary>An area with the entries one person may see in it.</summary>
public sealed record ManageMenuSection(ManageArea Area, IReadOnlyList<ManageMenuItem> Items);
