namespace Dundian.Web.Newsroom;

/// <summary>Settings under "Newsroom".</summary>
public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    /// <summary>Days without a new article before the dashboard warns about a channel (inspection rule: two weeks).</summary>
    public int StaleAfterDays { get; set; } = Dundian.Core.Content.ChannelFreshness.DefaultLimitDays;
}
