using Dundian.Core.HomePage;

namespace Dundian.Web.Areas.Manage.Pages.Home;

/// <summary>One posted row of the arrangement form; a row with no kind (the blank rows for adding) is ignored.</summary>
public sealed class HomeRowInput
{
    public int Order { get; set; }
    public HomeSectionKind? Kind { get; set; }
    public int? ChannelId { get; set; }
    public int ItemCount { get; set; }
    public bool Remove { get; set; }
}
