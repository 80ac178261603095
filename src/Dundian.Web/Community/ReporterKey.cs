using System.Security.Cryptography;
using System.Text;

namespace Dundian.Web.Community;

/// <summary>
/// Identifies a reporting reader by a SHA-256 of the client address, so that N reports mean N distinct readers
/// while the address itself is never stored. Unkeyed for now: an IPv4 address can be found again by hashing all
/// 2^32 of them, so a deployment secret (shared by all nodes) should key this before production.
/// </summary>
public static class ReporterKey
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("dundian-report|" + address)));
    }
}
