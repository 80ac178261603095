namespace Dundian.Web.Api.Open311;

/// <summary>Configuration section "Open311": API keys of the platforms (e.g. a 12345 hotline) that may POST requests.</summary>
public class Open311Options
{
    public const string Section = "Open311";
    /// <summary>Key → name of the client; keys are secrets and belong in environment variables, not in the repo.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];
    public string Jurisdiction { get; set; } = "xiangshan.nb.zj.cn";
}
