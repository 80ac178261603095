namespace Dundian.Web.Navigation;

/// <summary>
/// The areas of the back office, in menu order. A page belongs to exactly one; its menu entry names the area, and the
/// breadcrumb reads 工作台 › area › page.
/// </summary>
public static class ManageAreas
{
    public static readonly ManageArea Campaign = new("campaign", "蹲点调研", 10);
    public static readonly ManageArea Concerns = new("concerns", "民情", 20);
    public static readonly ManageArea Newsroom = new("newsroom", "编辑部", 30);
    public static readonly ManageArea Community = new("community", "互动", 40);
    public static readonly ManageArea System = new("system", "系统", 50);
}
