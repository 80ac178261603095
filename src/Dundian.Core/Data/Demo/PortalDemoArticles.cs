namespace Dundian.Core.Data.Demo;

/// <summary>
/// Generated demo articles, so that every main channel has more than one page (20 a page) and the home page, the
/// picture list and the 焦点图 have pictured items. Generic items about the county's real towns and Ningbo's real
/// districts, naming no person and inventing no figure about a real one; dated January to early May 2007, before the
/// hand-written ones and the seed article, so those stay at the top of their lists. They avoid the word 蹲点, so a
/// search for it still finds the seed report and the campaign's own texts first.
/// </summary>
internal static class PortalDemoArticles
{
    public const int PerChannel = 23;

    public sealed record Generated(string ChannelSlug, string Title, string Summary, string[] Paragraphs, DateOnly Date,
        string Tags, DemoPictures.Scene? Picture, int Views);

    private static readonly string[] Districts = ["海曙区", "江东区", "江北区", "镇海区", "北仑区", "鄞州区", "余姚市", "慈溪市", "奉化市", "宁海县", "象山县"];

    // (title pattern, picture, tags); {0} = a town or district.
    private static readonly Dictionary<string, (string Title, DemoPictures.Scene? Picture, string Tags)[]> Patterns = new()
    {
        ["headlines"] =
        [
            ("{0}领导干部驻村联户 面对面倾听民声", DemoPictures.Scene.Village, "联村,民情"),
            ("{0}把为民办实事贯穿联村工作全过程", DemoPictures.Scene.Road, "办实事,联村"),
            ("{0}建立民情台账 结对帮扶困难群众", DemoPictures.Scene.Village, "民情,帮扶"),
            ("{0}召开村级发展恳谈会 共商致富路子", DemoPictures.Scene.Meeting, "恳谈,发展"),
            ("{0}渔区党建工作迈出新步伐", DemoPictures.Scene.Harbour, "渔区,党建"),
        ],
        ["news"] =
        [
            ("{0}开展政策宣讲进村入户活动", DemoPictures.Scene.Square, "宣讲,党员教育"),
            ("{0}为困难党员群众送去慰问", null, "慰问,帮扶"),
            ("{0}组织农村党员集中收看远程教育节目", null, "远程教育,党员教育"),
            ("{0}新修村道通车 群众出行更方便", DemoPictures.Scene.Road, "实事项目,交通"),
            ("{0}梯田整治项目完成验收", DemoPictures.Scene.Fields, "实事项目,农业"),
        ],
        ["city-news"] =
        [
            ("{0}机关干部走访社区听取意见建议", null, "走访,民情"),
            ("{0}举办村党组织书记培训班", DemoPictures.Scene.Meeting, "培训,党建"),
            ("{0}开展“党员先锋岗”创建活动", null, "党员,创建"),
            ("{0}推进村级组织活动场所建设", DemoPictures.Scene.Square, "阵地建设,党建"),
        ],
        ["photos"] =
        [
            ("图片新闻:{0}渔港新貌", DemoPictures.Scene.Harbour, "图片新闻,渔区"),
            ("图片新闻:{0}村容村貌整治见成效", DemoPictures.Scene.Village, "图片新闻,村庄整治"),
            ("图片新闻:{0}春耕时节田野忙", DemoPictures.Scene.Fields, "图片新闻,农业"),
            ("图片新闻:{0}文化广场迎来新风貌", DemoPictures.Scene.Square, "图片新闻,文化"),
        ],
        ["notices"] =
        [
            ("关于做好{0}联村工作信息报送的通知", null, "通知,信息报送"),
            ("关于{0}开展党员电化教育播放情况检查的通知", null, "通知,远程教育"),
            ("关于{0}村级组织规范化建设的通知", null, "通知,党建"),
        ],
        ["appointments"] =
        [
            ("{0}部分科级干部任前公示", null, "任前公示"),
            ("关于{0}干部任职试用期满考核的通报", null, "任免,考核"),
        ],
    };

    private static readonly string[] Bodies =
    [
        "{0}结合本地实际,组织机关干部分批进村入户,逐户了解群众生产生活中的困难和意见建议,做到底数清、情况明。",
        "活动中,干部们与村干部、党员和群众代表座谈交流,共同梳理村级发展思路,把群众最关心、最直接、最现实的问题列入工作清单。",
        "对群众反映的问题,{0}实行登记、交办、办理、回访闭环管理,能当场解决的当场解决,一时解决不了的明确责任人和办结时限。",
        "下一步,{0}将进一步健全联系群众长效机制,把好的做法固定下来,推动各项工作落到实处、见到实效。",
        "据介绍,今年以来,各有关单位按照统一部署,精心组织,周密安排,确保各项工作有序推进。",
    ];

    public static IEnumerable<Generated> All()
    {
        var towns = XiangshanOrgTree.Towns.Select(t => t.Town).ToArray();
        var first = new DateOnly(2007, 1, 8);
        foreach (var (slug, patterns) in Patterns)
        {
            var places = slug == "city-news" ? Districts : towns;
            for (var i = 0; i < PerChannel; i++)
            {
                var (pattern, picture, tags) = patterns[i % patterns.Length];
                var place = places[(i * 7 + slug.Length) % places.Length];
                var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, place);
                var paragraphs = Bodies.Skip(i % 2).Take(4).Select(p => p.Replace("{0}", place, StringComparison.Ordinal)).ToArray();
                // Spread over January to 7 May 2007, newest first in index order, a day apart at least.
                var date = first.AddDays(119 - i * 5 - slug.Length % 4);
                var views = 40 + (i * 37 + slug.Length * 13) % 900;
                yield return new Generated(slug, title, paragraphs[0], paragraphs, date, tags, picture, views);
            }
        }
    }
}
