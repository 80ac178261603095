namespace Dundian.Web.Portal;

/// <summary>Configuration section "Portal": the site name and the footer lines.</summary>
public class PortalOptions
{
    public const string Section = "Portal";
    public string SiteName { get; set; } = "宁波党建网";
    public string Organisation { get; set; } = "中共宁波市委组织部";
    public string Copyright { get; set; } = "宁波党建版权所有";
    public string TechnicalSupport { get; set; } = "技术支持:吉欣网络";
    /// <summary>Serve anonymous home, channel and article pages from the output cache (off: for benchmarks and diagnosis).</summary>
    public bool OutputCache { get; set; } = true;
}
