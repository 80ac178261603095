using Dundian.Core.Accounts;

namespace Dundian.Web.Navigation;

/// <summary>
/// One entry of the staff menu. <see cref="Title"/> is the title of the page it opens (the menu says what the page
/// says). <see cref="Visible"/> decides from the grants alone (no database), so the menu costs nothing per request;
/// it is a courtesy — every page still checks the scope itself.
/// </summary>
public sealed record ManageMenuItem(ManageArea Area, string Title, string Url, int Order, Func<StaffScope, bool> Visible)
{
    /// <summary>Names a counter the layout shows beside the entry (e.g. unread 督办 messages); null for none.</summary>
    public string? Counter { get; init; }

    /// <summary>Other URL prefixes that belong to this entry (sub-pages with another stem), for the breadcrumb.</summary>
    public IReadOnlyList<string> AlsoUnder { get; init; } = [];
}
