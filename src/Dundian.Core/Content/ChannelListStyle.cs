namespace Dundian.Core.Content;

/// <summary>How the portal lists a channel: titles with dates, cover pictures, or the channel is one page (关于我们).</summary>
public enum ChannelListStyle
{
    TextList = 0,
    PictureList = 1,
    SinglePage = 2,
}
