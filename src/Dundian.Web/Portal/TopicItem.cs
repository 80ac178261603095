namespace Dundian.Web.Portal;

/// <summary>A line of a live list on a 专题 (a field note, a commitment): text, optional link, a note and a date.</summary>
public sealed record TopicItem(string Title, string? Url, string Note, DateOnly Date, string DateLabel = "")
{
    public string DateText => Date.ToString("yyyy/M/d");
    /// <summary>For &lt;time datetime&gt; (the Nu checker refuses a &lt;time&gt; whose text is not a date without it).</summary>
    public string IsoDate => Date.ToString("yyyy-MM-dd");
}
