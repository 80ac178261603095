using Microsoft.AspNetCore.ResponseCompression;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Portal;

/// <summary>
/// Brotli or gzip for the public pages anyone may be served — exactly the responses the portal's output cache may keep
/// (anonymous, 200, no cookie, not no-store/private: <see cref="PortalOutputCachePolicy.IsShareable"/>). It runs inside
/// the output cache, so a cached page is stored compressed once per encoding and replayed without compressing again
/// (the cache varies by <see cref="EncodingFor"/>). Never a response that carries a secret: an antiforgery token sets
/// no-store and a signed-in page is authenticated — a secret compressed beside reflected input is what BREACH reads.
/// </summary>
public sealed class PortalCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && PortalOutputCachePolicy.IsShareable(context.Response)
        && base.ShouldCompressResponse(context);

    // Accept-Encoding as browsers send it → the encoding chosen. A handful of distinct values in practice; bounded in
    // number and length all the same (past the bounds, each request is parsed).
    private readonly ConcurrentDictionary<string, string> chosen = new(StringComparer.Ordinal);
    private const int ChosenBound = 256;

    /// <summary>
    /// The encoding this request's response will get ("br", "gzip" or "" for none): part of the cache keys. It depends
    /// on the Accept-Encoding header alone, so the parse (on every cached page read) is done once per distinct header.
    /// </summary>
    public string EncodingFor(HttpContext http)
    {
        var request = http.Request;
        if (request.Headers.ContainsKey(HeaderNames.ContentRange)) return "";
        var accepted = request.Headers.AcceptEncoding;
        if (accepted.Count != 1) return Choose(http);
        var raw = accepted.ToString();
        if (chosen.TryGetValue(raw, out var encoding)) return encoding;
        encoding = Choose(http);
        if (chosen.Count < ChosenBound && raw.Length <= 256) chosen.TryAdd(raw, encoding);
        return encoding;
    }

    private string Choose(HttpContext http) =>
        CheckRequestAcceptsCompression(http) ? GetCompressionProvider(http)?.EncodingName ?? "" : "";
}
