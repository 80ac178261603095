namespace Dundian.Web.Concerns;

/// <summary>A town with its villages, rendered as one &lt;optgroup&gt;.</summary>
public sealed record VillageGroup(string Town, IReadOnlyList<(int Id, string Name)> Villages);
