namespace Dundian.Web.Navigation;

/// <summary>Names of the counters a menu entry may show (see <see cref="ManageMenuItem.Counter"/>).</summary>
public static class ManageCounters
{
    public const string Inbox = "inbox";
}
