namespace Dundian.Core.HomePage;

public static class HomeSectionKindNames
{
    public static string Of(HomeSectionKind kind) => kind switch
    {
        HomeSectionKind.Headline => "头条",
        HomeSectionKind.Focus => "焦点图",
        HomeSectionKind.Channel => "栏目",
        HomeSectionKind.Topics => "专题",
        HomeSectionKind.Services => "便民服务",
        HomeSectionKind.Ranking => "点击排行",
        HomeSectionKind.Links => "友情链接",
        _ => kind.ToString(),
    };
}
