namespace Dundian.Core.HomePage;

/// <summary>The kinds of block an editor can place on the portal's home page.</summary>
public enum HomeSectionKind
{
    /// <summary>头条: the newest article of a channel (default 头条) with its summary.</summary>
    Headline = 0,
    /// <summary>焦点图: a slide show of the newest articles that have a cover picture.</summary>
    Focus = 1,
    /// <summary>A channel's newest articles, drawn in the channel's list style.</summary>
    Channel = 2,
    /// <summary>专题: banners of the published special topics and the live figures of the running campaign.</summary>
    Topics = 3,
    /// <summary>便民服务: 我要反映 / 办件查询 / 公开承诺 / 留言板 / 实事项目 / 简报.</summary>
    Services = 4,
    /// <summary>点击排行: the most read articles.</summary>
    Ranking = 5,
    /// <summary>友情链接.</summary>
    Links = 6,
}
