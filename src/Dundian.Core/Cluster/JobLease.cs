namespace Dundian.Core.Cluster;

/// <summary>
/// The claim of a background job for one period (see <see cref="ClusterLease"/>): the node in <see cref="Holder"/>
/// runs the job; nobody else may until <see cref="Until"/>.
/// </summary>
public class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime Until { get; set; }
}
