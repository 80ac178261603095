using Dundian.Core.Content;

namespace Dundian.Core.Submissions;

/// <summary>
/// 计分规则: with no channel, the points every adopted item earns; with a channel, the bonus on top when the
/// item is adopted into that channel (e.g. 头条 +5). At most one rule per channel and one base rule.
/// </summary>
public class ScoringRule
{
    public int Id { get; set; }
    public int? ChannelId { get; set; }
    public Channel? Channel { get; set; }
    public int Points { get; set; }
}
