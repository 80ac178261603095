namespace Dundian.Web.Concerns;

/// <summary>A step the concern page offers: its key in <c>?step=</c>, its button text, whether it is the main next step.</summary>
public sealed record ConcernStep(string Key, string Title, bool Main);
