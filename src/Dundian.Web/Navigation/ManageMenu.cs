using Dundian.Core.Accounts;

namespace Dundian.Web.Navigation;

/// <summary>
/// The whole staff menu, collected once from every <see cref="IManageMenu"/>: the sections a person may see, and the
/// breadcrumb trail of the page at a path (the entry whose URL is the longest prefix of it).
/// </summary>
public sealed class ManageMenu(IEnumerable<IManageMenu> contributions)
{
    public const string Home = "/manage";
    private readonly List<ManageMenuItem> items = contributions.SelectMany(c => c.Items())
        .OrderBy(i => i.Area.Order).ThenBy(i => i.Order).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

    public IReadOnlyList<ManageMenuItem> All => items;

    public IReadOnlyList<ManageMenuSection> For(StaffScope scope) => items.Where(i => i.Visible(scope))
        .GroupBy(i => i.Area).Select(g => new ManageMenuSection(g.Key, g.ToList())).ToList();

    /// <summary>The entry a path belongs to, or null (工作台 itself, or an unknown page).</summary>
    public ManageMenuItem? Current(string path)
    {
        if (path.Length > 1) path = path.TrimEnd('/');
        ManageMenuItem? best = null;
        var bestLength = 0;
        foreach (var item in items)
            foreach (var prefix in item.AlsoUnder.Prepend(item.Url))
                if (Under(path, prefix) && prefix.Length > bestLength) (best, bestLength) = (item, prefix.Length);
        return best;
    }

    private static bool Under(string path, string prefix) =>
        path.Equals(prefix, StringComparison.OrdinalIgnoreCase)
        || (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length && path[prefix.Length] == '/');
}
