namespace Dundian.Web.Navigation;

/// <summary>
/// A feature's contribution to the staff menu (as OrchardCore's <c>INavigationProvider</c> does for its admin menu).
/// Implementations in this assembly are found and registered at start (<see cref="NavigationSetup"/>): adding a menu
/// entry is one small class next to the feature, no shared file to edit.
/// </summary>
public interface IManageMenu
{
    IEnumerable<ManageMenuItem> Items();
}
