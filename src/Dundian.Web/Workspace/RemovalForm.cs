namespace Dundian.Web.Workspace;

/// <summary>
/// What the partial <c>_RemovalForm</c> draws: a form posting to <see cref="Handler"/> (with <see cref="RouteValues"/>)
/// that asks for a reason and a ticked confirmation before retiring or deleting <see cref="What"/>.
/// </summary>
public sealed record RemovalForm(string Handler, string Act, string What, string Explain)
{
    /// <summary>Extra route values (e.g. the id of a row); the reason and confirmation box ids are made unique with them.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; init; } = new Dictionary<string, string>();

    public string Suffix => string.Concat(RouteValues.Values.Select(v => "-" + v));
}
