using System.Security.Cryptography;
using System.Text;

namespace Dundian.Core.Concerns;

/// <summary>
/// The six-digit code a resident gets with the tracking number. Only a salted hash is stored, and the
/// comparison takes constant time; the public lookup is rate-limited because six digits are few.
/// </summary>
public static class QueryCode
{
    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    public static string Hash(string trackingNumber, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"dundian:{trackingNumber}:{code.Trim()}")));

    public static bool Matches(Concern concern, string? code) =>
        !string.IsNullOrWhiteSpace(code) && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(concern.TrackingNumber, code)), Encoding.ASCII.GetBytes(concern.QueryCodeHash));
}
