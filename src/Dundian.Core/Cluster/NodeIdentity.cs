namespace Dundian.Core.Cluster;

/// <summary>This process's name in leases and logs: host, process id and a random suffix (unique per start).</summary>
public sealed class NodeIdentity
{
    public string Name { get; } =
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
