namespace Dundian.Core.Accounts;

/// <summary>
/// What a signed-in staff member may reach: for each role, the org-unit paths it was granted on.
/// Built from claims in the web layer, so checks need no database round trip.
/// </summary>
public sealed class StaffScope(IEnumerable<(StaffRole Role, string Path)> grants)
{
    public const string ClaimType = "dundian:grant";

    private readonly List<(StaffRole Role, string Path)> grants = grants.ToList();

    public static StaffScope None { get; } = new([]);

    public IReadOnlyList<(StaffRole Role, string Path)> Grants => grants;

    public bool Has(StaffRole role) => grants.Any(g => g.Role == role);

    /// <summary>True when <paramref name="role"/> is held on <paramref name="orgPath"/> or one of its ancestors.</summary>
    public bool Covers(StaffRole role, string orgPath) =>
        grants.Any(g => g.Role == role && orgPath.StartsWith(g.Path, StringComparison.Ordinal));

    /// <summary>Paths under which <paramref name="role"/> reaches; used to filter queries by prefix.</summary>
    public IReadOnlyList<string> PathsFor(StaffRole role) =>
        grants.Where(g => g.Role == role).Select(g => g.Path).Distinct().ToList();

    /// <summary>Paths under which any of <paramref name="roles"/> reaches.</summary>
    public IReadOnlyList<string> PathsFor(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(PathsFor).Distinct().ToList();

    /// <summary>True when any of <paramref name="roles"/> is held on <paramref name="orgPath"/> or an ancestor.</summary>
    public bool CoversAny(IEnumerable<StaffRole> roles, string orgPath) => roles.Any(r => Covers(r, orgPath));

    public static string ToClaimValue(StaffRole role, string path) => $"{role}|{path}";

    public static (StaffRole Role, string Path)? FromClaimValue(string value)
    {
        var bar = value.IndexOf('|');
        if (bar <= 0 || !Enum.TryParse<StaffRole>(value[..bar], out var role)) return null;
        return (role, value[(bar + 1)..]);
    }
}
