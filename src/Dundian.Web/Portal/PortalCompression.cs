using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

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

    /// <summary>The encoding this request's response will get ("br", "gzip" or "" for none): part of the cache key.</summary>
    public static string EncodingFor(HttpContext http, IResponseCompressionProvider provider) =>
        provider.CheckRequestAcceptsCompression(http) ? provider.GetCompressionProvider(http)?.EncodingName ?? "" : "";
}
