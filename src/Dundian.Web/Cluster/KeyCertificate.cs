using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dundian.Web.Cluster;

/// <summary>
/// The certificate that encrypts data-protection keys at rest (the framework's ProtectKeysWithCertificate). A
/// self-signed one is enough: it is a key-encryption key, not a TLS identity. <c>dotnet Dundian.Web.dll
/// create-key-certificate FILE</c> makes one (password from Deployment__KeyCertificatePassword), so a machine with
/// only the .NET runtime can set up a cluster.
/// </summary>
public static class KeyCertificate
{
    public const string CreateCommand = "create-key-certificate";

    public static X509Certificate2? Load(DeploymentOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyCertificatePath)) return null;
        var cert = X509CertificateLoader.LoadPkcs12FromFile(options.KeyCertificatePath, options.KeyCertificatePassword,
            X509KeyStorageFlags.EphemeralKeySet);
        if (!cert.HasPrivateKey) throw new InvalidOperationException("Deployment:KeyCertificatePath has no private key.");
        return cert;
    }

    /// <summary>Handles the create command; true when it ran (the process then exits).</summary>
    public static bool TryRunCommand(string[] args)
    {
        var at = Array.IndexOf(args, CreateCommand);
        if (at < 0) return false;
        if (at + 1 >= args.Length) throw new ArgumentException($"usage: {CreateCommand} FILE.pfx");
        var path = args[at + 1];
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Dundian data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        var password = Environment.GetEnvironmentVariable("Deployment__KeyCertificatePassword");
        File.WriteAllBytes(path, cert.Export(X509ContentType.Pkcs12, password));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Console.WriteLine($"key certificate written: {path} ({cert.Thumbprint})");
        return true;
    }
}
