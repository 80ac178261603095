using System.Globalization;
using Dundian.Core.Org;

namespace Dundian.Web.Workspace;

/// <summary>
/// A searchable choice of a person or an org unit, rendered by the partial <c>_Picker</c>: a plain
/// <c>&lt;select&gt;</c> (works without JavaScript; units indented as a tree) that <c>js/staff.js</c> enhances with a
/// filter box. Reuse it wherever a unit or a person is chosen.
/// </summary>
public sealed record Picker(string Name, string Id, string Label, IReadOnlyList<PickerOption> Options, string? Selected)
{
    /// <summary>Text of an empty first option ("请选择…"); null for none.</summary>
    public string? Empty { get; init; }

    public bool Required { get; init; }

    /// <summary>Org units as a tree: each under its parent (depth-first, in sort order), shown with its level.</summary>
    public static Picker ForUnits(string name, string label, IEnumerable<OrgUnit> units, int? selected, string? id = null)
    {
        var list = units.ToList();
        var ids = list.Select(u => u.Id).ToHashSet();
        var children = list.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var options = new List<PickerOption>();
        void Walk(int? parent, int depth)
        {
            foreach (var u in children[parent].OrderBy(u => u.SortOrder).ThenBy(u => u.Id))
            {
                options.Add(new PickerOption(u.Id.ToString(CultureInfo.InvariantCulture), u.Name, depth, OrgUnit.LevelName(u.Level)));
                Walk(u.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return new Picker(name, id ?? name.Replace('.', '_'), label, options, selected?.ToString(CultureInfo.InvariantCulture));
    }
}
