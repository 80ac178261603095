using Dundian.Core.Org;

namespace Dundian.Web.Accounts;

/// <summary>One org unit in a select list, indented by its depth in the tree.</summary>
public sealed record OrgUnitChoice(int Id, string Name, string Path, int Depth)
{
    // Ideographic spaces survive HTML whitespace collapsing inside an option.
    public string Label => new string('\u3000', Depth * 2) + Name;

    /// <summary>Units under any of <paramref name="roots"/>, in tree order (siblings by sort order, then id).</summary>
    public static List<OrgUnitChoice> InTreeOrder(IReadOnlyCollection<OrgUnit> units, IReadOnlyCollection<string> roots)
    {
        var children = units.ToLookup(u => u.ParentId);
        var result = new List<OrgUnitChoice>();
        void Walk(OrgUnit unit, int depth)
        {
            if (roots.Any(r => unit.Path.StartsWith(r, StringComparison.Ordinal)))
                result.Add(new OrgUnitChoice(unit.Id, unit.Name, unit.Path, depth));
            foreach (var child in children[unit.Id].OrderBy(c => c.SortOrder).ThenBy(c => c.Id)) Walk(child, depth + 1);
        }
        foreach (var top in children[null].OrderBy(c => c.SortOrder).ThenBy(c => c.Id)) Walk(top, 0);
        return result;
    }
}
