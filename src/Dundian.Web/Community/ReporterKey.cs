using System.Security.Cryptography;
using System.Text;

namespace Dundian.Web.Community;

/// <summary>
/// Identifies a reporting reader by a SHA-256 of the client address, so that N reports mean N distinct readers
/// while the address itself is never stored.
/// </summary>
public static class ReporterKey
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("dundian-report|" + address)));
    }
}
