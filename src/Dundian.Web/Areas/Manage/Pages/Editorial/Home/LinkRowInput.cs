namespace Dundian.Web.Areas.Manage.Pages.Home;

/// <summary>One posted row of the friend-links form; a row with neither name nor address is ignored.</summary>
public sealed class LinkRowInput
{
    public int Order { get; set; }
    public string? Name { get; set; }
    public string? Url { get; set; }
    public bool Remove { get; set; }
}
