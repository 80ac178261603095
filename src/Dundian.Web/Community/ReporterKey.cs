using System.Security.Cryptography;
using System.Text;
using Dundian.Core.Data;

namespace Dundian.Web.Community;

/// <summary>
/// Identifies a reporting reader by an HMAC-SHA256 of the client address under a deployment secret, so that N reports
/// mean N distinct readers while the address is never stored — and, unlike a plain hash, cannot be found again by
/// hashing all 2^32 IPv4 addresses. The secret comes from <c>Community__ReporterKeySecret</c> (set it, the same on
/// every node, when several run); without it one is generated once and kept in {DataDirectory}/reporter-key.secret,
/// as the data-protection keys are kept in the data folder.
/// </summary>
public sealed class ReporterKey(byte[] secret)
{
    public const string SecretSetting = "Community:ReporterKeySecret";
    public const string SecretFile = "reporter-key.secret";

    public string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("dundian-report|" + address)));
    }

    /// <summary>The configured secret, else the one in the data folder (created on first use with 32 random bytes).</summary>
    public static ReporterKey Create(IConfiguration configuration, DatabaseOptions database)
    {
        var configured = configuration[SecretSetting];
        if (!string.IsNullOrWhiteSpace(configured)) return new ReporterKey(Encoding.UTF8.GetBytes(configured.Trim()));
        Directory.CreateDirectory(database.DataDirectory);
        var path = Path.Combine(database.DataDirectory, SecretFile);
        if (!File.Exists(path))
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var file = new FileStream(path, options);
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it at the same moment: use theirs.
            }
        }
        return new ReporterKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
