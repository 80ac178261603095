namespace Dundian.Core.Data.Demo;

/// <summary>
/// The portal's channels as on the seed page, and a few demo articles so that every channel has content
/// beside the seed article. These extra articles are written for the demo and name no real person.
/// </summary>
internal static class PortalDemoContent
{
    public const string CityNewsSlug = "city-news";

    /// <summary>(slug, name, in the channel bar). 全市动态 is 首页's own column, so its breadcrumb is 首页 > 全市动态.</summary>
    public static readonly (string Slug, string Name, bool InBar, Content.ChannelListStyle Style)[] Channels =
    [
        ("headlines", "头条", true, Content.ChannelListStyle.TextList),
        ("news", "时讯", true, Content.ChannelListStyle.TextList),
        ("notices", "公告", true, Content.ChannelListStyle.TextList),
        ("appointments", "任免", true, Content.ChannelListStyle.TextList),
        ("topics", "专题", true, Content.ChannelListStyle.TextList),
        (CityNewsSlug, "全市动态", false, Content.ChannelListStyle.TextList),
        // 首页's own columns of the other two list styles: a picture column and a one-page column.
        ("photos", "图片新闻", false, Content.ChannelListStyle.PictureList),
        ("about", "关于本网", false, Content.ChannelListStyle.SinglePage),
    ];

    /// <summary>友情链接: the portal's own service pages and public party and government sites.</summary>
    public static readonly (string Name, string Url)[] FriendLinks =
    [
        ("共产党员网", "https://www.12371.cn/"),
        ("人民网", "http://www.people.com.cn/"),
        ("新华网", "http://www.xinhuanet.com/"),
        ("宁波市人民政府", "http://www.ningbo.gov.cn/"),
        ("象山县人民政府", "http://www.xiangshan.gov.cn/"),
    ];

    public sealed record DemoArticle(string ChannelSlug, string Title, string Source, DateOnly Date, string[] Paragraphs);

    public static readonly DemoArticle[] Articles =
    [
        new("headlines", "全市组织系统深入开展作风建设年活动", "宁波党建网", new(2007, 5, 10),
        [
            "全市组织系统以作风建设年活动为抓手,围绕转变作风、服务基层、推动发展,组织各级领导干部深入基层、深入群众。",
            "各县(市)区把蹲点调研作为转变作风的重要载体,领导干部带着课题下基层,进村入户听民声、解民忧。",
        ]),
        new("headlines", "领导干部下基层蹲点调研工作座谈会召开", "宁波党建网", new(2007, 4, 26),
        [
            "座谈会总结交流了各地开展领导干部蹲点调研活动的做法和经验,部署了下一阶段工作。",
            "会议要求,要把蹲点调研与解决群众实际困难结合起来,做到调研一个问题、解决一类问题。",
        ]),
        new("news", "镇乡(街道)班子成员联村工作经验交流会举行", "象山县委组织部", new(2007, 5, 6),
        [
            "会上,各镇乡(街道)交流了班子成员联系村、蹲点调研、为民办实事的做法。",
            "与会同志表示,要把联村工作做细做实,切实为群众解决一批看得见、摸得着的实际问题。",
        ]),
        new("news", "农村党员干部远程教育站点建设稳步推进", "宁波党建网", new(2007, 4, 18),
        [
            "全市农村党员干部现代远程教育站点建设稳步推进,站点覆盖面进一步扩大。",
            "各地结合农时季节,组织党员群众收看实用技术和政策宣讲节目。",
        ]),
        new("notices", "关于做好蹲点调研活动信息报送工作的通知", "市委组织部办公室", new(2007, 4, 2),
        [
            "各县(市)区委组织部:为及时掌握全市领导干部蹲点调研活动进展情况,请各地每半月报送一次活动信息。",
            "报送内容包括活动开展情况、典型经验做法、群众反映的热点难点问题及解决情况。",
        ]),
        new("notices", "关于开展“百名书记说发展”专栏访谈的公告", "宁波党建网", new(2007, 3, 28),
        [
            "为推动领导干部公开履职承诺、接受群众监督,本网开设“百名书记说发展”访谈专栏。",
            "欢迎广大网民通过留言板对访谈内容发表意见和建议。",
        ]),
        new("appointments", "市管干部任前公示", "市委组织部", new(2007, 4, 20),
        [
            "根据干部选拔任用工作有关规定,现将拟任职干部情况予以公示。公示期间,干部群众可通过来信、来电、来访等方式反映情况。",
            "公示期为7个工作日。受理单位:市委组织部干部监督处。",
        ]),
        new("appointments", "关于干部任职试用期满考核情况的通报", "市委组织部", new(2007, 3, 30),
        [
            "根据有关规定,对任职试用期满的干部进行了考核,考核结果予以通报。",
        ]),
        new("topics", "领导干部蹲点调研活动专题", "宁波党建网", new(2007, 3, 22),
        [
            "本专题集中展示全市各级领导干部开展“联镇带村谋发展,蹲点联系办实事”蹲点调研活动的进展、经验和成效。",
        ]),
        new("about", "关于本网", "宁波党建网", new(2007, 1, 5),
        [
            "宁波党建网由中共宁波市委组织部主办,是全市党建工作的宣传窗口和服务平台。",
            "本网设头条、时讯、公告、任免、专题等栏目,开设我要反映、办件查询、公开承诺、留言板等互动服务,欢迎广大党员群众浏览和参与。",
        ]),
        new(CityNewsSlug, "江北区开展“走千家、访万户”活动", "宁波党建网", new(2007, 5, 7),
        [
            "江北区组织机关干部走访社区居民和企业,面对面听取意见建议,帮助解决实际困难。",
        ]),
    ];
}
