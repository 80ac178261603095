using Dundian.Testing;

namespace Dundian.Web.Tests.Privacy;

/// <summary>
/// One public input (a field of a form anyone may post, or a query anyone may send) for <see cref="HostileInputTests"/>:
/// how to send a value to it, how to count what it stores (null: it stores nothing), and the public pages where a stored
/// value would show. To cover a new public form, add one entry to <see cref="PublicInputs.All"/>.
/// </summary>
public sealed record PublicInput(
    string Name,
    Func<DundianApp, string, Task<HttpResponseMessage>> Send,
    Func<DundianApp, Task<int>>? Count = null,
    Func<DundianApp, Task<string[]>>? ShownOn = null,
    bool Json = false)
{
    public override string ToString() => Name;
}
