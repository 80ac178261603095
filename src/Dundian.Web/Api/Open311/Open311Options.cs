using System.Security.Cryptography;
using System.Text;

namespace Dundian.Web.Api.Open311;

/// <summary>
/// Configuration section "Open311": the platforms (e.g. a 12345 hotline) that hold an API key, and what each key may
/// do. <see cref="Clients"/> is the current form (name → key and scopes); <see cref="ApiKeys"/> (key → name) is the
/// earlier form, kept so existing deployments work: such a key may post, nothing more.
/// </summary>
public class Open311Options
{
    public const string Section = "Open311";
    /// <summary>Client name → its key and scopes: <c>Open311__Clients__hotline__Key</c>, <c>…__Scopes=post,read-private</c>.</summary>
    public Dictionary<string, Open311Client> Clients { get; set; } = [];
    /// <summary>Earlier form, key → client name, scope <see cref="Open311Scopes.Post"/>. Keys are secrets: environment, not the repo.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];
    public string Jurisdiction { get; set; } = "xiangshan.nb.zj.cn";

    /// <summary>The client holding <paramref name="key"/> (compared in constant time), or null.</summary>
    public (string Name, Open311Client Client)? Find(string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        var given = Encoding.UTF8.GetBytes(key);
        (string, Open311Client)? found = null;
        // Every key is compared, so the time taken does not tell which (or whether one) matched.
        foreach (var (name, client) in Clients)
            if (!string.IsNullOrEmpty(client.Key) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Key), given))
                found = (name, client);
        foreach (var (apiKey, name) in ApiKeys)
            if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(apiKey), given))
                found ??= (name, new Open311Client { Key = apiKey, Scopes = Open311Scopes.Post });
        return found;
    }
}
