namespace Dundian.Core.Content;

public static class ChannelListStyleNames
{
    public static string Of(ChannelListStyle style) => style switch
    {
        ChannelListStyle.TextList => "文字列表",
        ChannelListStyle.PictureList => "图片列表",
        ChannelListStyle.SinglePage => "单页",
        _ => style.ToString(),
    };
}
