namespace Dundian.Web.Cluster;

/// <summary>Configuration section "Deployment": one machine (default) or several nodes on PostgreSQL and Redis.</summary>
public sealed class DeploymentOptions
{
    public const string Section = "Deployment";

    /// <summary>"Single" (default) or "Cluster".</summary>
    public string Mode { get; set; } = "Single";
    /// <summary>StackExchange.Redis configuration, e.g. "127.0.0.1:6379"; required in cluster mode.</summary>
    public string? Redis { get; set; }
    /// <summary>PKCS#12 file whose certificate encrypts the data-protection keys at rest (required in cluster mode).</summary>
    public string? KeyCertificatePath { get; set; }
    public string? KeyCertificatePassword { get; set; }
    /// <summary>How often a node reads the indexing tasks other nodes wrote.</summary>
    public double SearchSyncSeconds { get; set; } = 2;

    public bool IsCluster => Mode.Equals("Cluster", StringComparison.OrdinalIgnoreCase);
}
