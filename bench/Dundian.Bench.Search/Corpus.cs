using System.Text;
using Dundian.Search;

namespace Dundian.Bench.Search;

/// <summary>
/// Deterministic news-like documents about party building and field research in 象山县, built from the words of the
/// demo content (src/Dundian.Core/Data/Demo: the org tree, campaign texts, article patterns, concern categories) and
/// the seed report (象山县扎实推进县乡两级领导干部蹲点调研活动). Same seed, same documents: runs are comparable.
/// Bodies are 300–700 characters (mean ≈ 520), about a short county news item; titles follow the demo articles' patterns.
/// The mix of kinds follows the portal: mostly articles, some field notes, research reports and resolved concerns.
/// </summary>
public static class Corpus
{
    /// <summary>In about one document in this many, the rare sentence naming 周江勇 (a rare-term query).</summary>
    public const int RareEvery = 25_000;

    public static readonly (string Town, string[] Villages)[] Towns =
    [
        ("丹东街道", ["桥头林村", "丹城村", "东谷村", "赖家村"]),
        ("丹西街道", ["大林村", "后岭村", "西寺村"]),
        ("爵溪街道", ["下沙村", "东塘村", "南门村"]),
        ("石浦镇", ["东门渔村", "番西村", "沙塘湾村", "延昌村"]),
        ("西周镇", ["儒雅洋村", "上张村", "下沈村"]),
        ("鹤浦镇", ["小百丈村", "大岙村", "南田村"]),
        ("贤庠镇", ["贤庠村", "昌国村", "北岙村"]),
        ("墙头镇", ["方家岙村", "墙头村", "溪口村"]),
        ("泗洲头镇", ["泗洲头村", "墩岙村", "里岙村"]),
        ("定塘镇", ["定塘村", "小湾村", "中岙村"]),
        ("涂茨镇", ["旭拱岙村", "涂茨村", "玉泉村"]),
        ("大徐镇", ["大徐村", "杉木洋村", "降渚村"]),
        ("新桥镇", ["新桥村", "高湫村", "石门村"]),
        ("东陈乡", ["东陈村", "旦门村", "红庙村"]),
        ("晓塘乡", ["晓塘村", "月楼村", "黄溪村"]),
        ("黄避岙乡", ["塔头旺村", "黄避岙村", "高泥村"]),
        ("茅洋乡", ["白岩下村", "茅洋村", "溪里方村"]),
        ("高塘岛乡", ["花岙村", "高塘村", "大佳何村"]),
    ];

    private static readonly string[] Districts = ["海曙区", "江东区", "江北区", "镇海区", "北仑区", "鄞州区", "余姚市", "慈溪市", "奉化市", "宁海县", "象山县"];

    private static readonly string[] Cadres =
        ["县委书记", "县长", "县委副书记", "县人大常委会主任", "县政协主席", "县委组织部部长", "镇党委书记", "乡长", "街道党工委书记", "驻村指导员", "第一书记", "农村工作指导员"];

    private static readonly string[] Campaigns =
        ["蹲点调研", "联镇带村谋发展", "蹲点联系办实事", "作风建设年", "主题实践活动", "共同富裕", "乡村振兴", "民情日记", "民情恳谈会", "实事项目", "结对帮扶", "党员先锋岗", "驻村联户", "百名书记说发展"];

    private static readonly string[] Topics =
        ["挖掘渔文化,发展渔家乐", "空心村改造", "山下安居,山上乐业", "发展花木产业链,探索民富村强新路子", "农村合作医疗保险如何惠及特殊困难群体",
         "和谐村班子建设", "加强城乡统筹规划,避免城郊农村基础设施重复建设", "发展造船业,带动海岛地区统筹发展", "渔区党建", "村集体经济增收", "农家乐提档升级", "海洋捕捞转产转业"];

    private static readonly string[] Activities =
        ["进村蹲点住村", "走访农户", "召开座谈会", "与群众谈心", "慰问困难户", "开展主题宣讲", "召开民情恳谈会", "为联系村办实事", "帮助制定发展计划", "撰写蹲点手记和调研报告"];

    private static readonly string[] Concerns =
        ["道路破损", "路灯不亮", "饮水困难", "垃圾清运不及时", "污水直排", "渔船停泊难", "渔货被盗", "宅基地审批慢", "农田水利失修", "医保报销繁琐", "养老服务缺口", "邻里纠纷", "村庄规划调整", "垃圾分类"];

    private static readonly string[] Projects =
        ["新修村道", "渔港码头改造", "农民会所建设", "宅基地整理", "文化礼堂建设", "饮水工程", "梯田整治", "村级组织活动场所建设", "渔家乐示范点", "花木基地", "远程教育站点", "卫生服务站"];

    private static readonly string[] Sentences =
    [
        "{cadre}赴{town}{village},{activity},了解民生民计,体察民情民意。",
        "{town}把{campaign}贯穿联村工作全过程,领导干部轻车简从,沉下身去,静下心来,听民声解民忧。",
        "在{village}召开的民情恳谈会上,群众围绕{concern}等问题提出意见建议{n}条,当场答复{m}条。",
        "围绕“{topic}”这一调研主题,调研组走访农户{n}户,与群众谈心{m}人次,形成调研报告一篇。",
        "{town}各村建立民情台账,记好民情日记,做到底数清、情况明,结对帮扶困难群众{n}户。",
        "截至目前,{town}已落实实事项目{n}件,其中{project}等项目已完工并交付使用。",
        "{cadre}表示,要按照“重在实践、重在实效、重在群众满意”的要求,推动{campaign}取得实实在在的成果。",
        "针对群众反映强烈的{concern}问题,{town}牵头有关部门现场办公,明确责任人和完成时限。",
        "{village}党支部组织党员开展“党员先锋岗”创建,{n}名党员亮身份、作承诺、践诺言。",
        "{district}组织农村党员集中收看远程教育节目,学习共同富裕和乡村振兴的政策措施。",
        "驻村干部当好政策形势的宣传员、村情民意的调研员、扶贫帮困的服务员、富民强村的指导员、矛盾纠纷的化解员。",
        "{town}{village}{project}项目完成验收,总投资{n}万元,惠及群众{m}户,群众出行更方便。",
        "县主题实践活动办公室编发简报{n}期,刊登蹲点手记{m}篇,推动{campaign}深入开展。",
        "{village}村两委召开座谈会,研究村集体经济发展思路,确定了{project}和{topic2}两项重点工作。",
        "在象山电视台“阳光热线”栏目中,{cadre}就{concern}等热点难点问题与群众直接交流,公开承诺、释疑解惑。",
        "{town}渔区党建工作迈出新步伐,渔船党小组把组织生活开到海上,守护渔民生产安全。",
        "据统计,{town}领导班子成员累计进村蹲点调研时间达{n}天,走访农户{m}户,解决实际问题{k}个。",
        "{cadre}带领工作组深入{village},为困难党员群众送去慰问金{n}元和米、油等慰问品。",
        "{district}机关干部走访社区,听取意见建议,将{concern}等问题列入为民办实事清单。",
        "在共同富裕示范区建设中,{town}探索“{topic}”的新路子,带动{n}户农户增收致富。",
    ];

    private static readonly string[] Titles =
    [
        "{town}扎实推进领导干部蹲点调研活动",
        "{town}{village}召开民情恳谈会 共商致富路子",
        "{cadre}赴{village}开展{campaign}",
        "{town}建立民情台账 结对帮扶困难群众",
        "{village}{project}项目完成验收",
        "{district}领导干部驻村联户 面对面倾听民声",
        "{town}渔区党建工作迈出新步伐",
        "聚焦“{topic}” {town}蹲点调研见实效",
        "{town}落实实事项目 解决{concern}问题",
        "{village}:{campaign}让群众得实惠",
        "{district}组织农村党员集中收看远程教育节目",
        "{town}推进共同富裕 {village}走出新路子",
    ];

    private const string RareSentence = "县委书记周江勇赴石浦镇东门渔村,上渔船,访渔民,住渔家,协调落实“渔家乐”项目。";

    private static readonly (string Slug, string Name)[] Channels =
        [("headlines", "头条"), ("news", "时讯"), ("city-news", "全市动态"), ("notices", "公告"), ("photos", "图片新闻")];

    /// <summary>Every town and village name, taught to jieba as the app teaches it the org units' names.</summary>
    public static IEnumerable<string> PlaceNames =>
        Towns.SelectMany(t => t.Villages.Prepend(t.Town)).Concat(Districts).Append("宁波市");

    /// <summary>Generates <paramref name="count"/> documents; the same <paramref name="seed"/> gives the same documents.</summary>
    public static IEnumerable<SearchDocument> Generate(int count, int seed = 20261206)
    {
        var rng = new Random(seed);
        var start = new DateTime(2007, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var spanMinutes = (int)(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        var body = new StringBuilder(1024);
        for (var i = 1; i <= count; i++)
        {
            var (town, villages) = Towns[rng.Next(Towns.Length)];
            var village = villages[rng.Next(villages.Length)];
            string Fill(string pattern) => pattern
                .Replace("{town}", town).Replace("{village}", village)
                .Replace("{district}", Pick(rng, Districts)).Replace("{cadre}", Pick(rng, Cadres))
                .Replace("{campaign}", Pick(rng, Campaigns)).Replace("{topic}", Pick(rng, Topics))
                .Replace("{topic2}", Pick(rng, Topics)).Replace("{activity}", Pick(rng, Activities))
                .Replace("{concern}", Pick(rng, Concerns)).Replace("{project}", Pick(rng, Projects))
                .Replace("{n}", rng.Next(2, 500).ToString()).Replace("{m}", rng.Next(2, 200).ToString())
                .Replace("{k}", rng.Next(1, 80).ToString());

            var title = Fill(Pick(rng, Titles));
            var target = rng.Next(300, 701);
            body.Clear();
            if (rng.Next(RareEvery) == 0) body.Append(RareSentence);
            while (body.Length < target) body.Append(Fill(Pick(rng, Sentences)));
            var published = start.AddMinutes(rng.Next(spanMinutes));

            // Kinds roughly as the portal holds them: articles first, then field notes, reports, resolved concerns.
            var roll = rng.Next(100);
            if (roll < 80)
            {
                var (slug, name) = Pick(rng, Channels);
                yield return new SearchDocument($"article:{i}", "article", title, body.ToString(), $"/article/{i}", published, slug, name);
            }
            else if (roll < 90)
                yield return new SearchDocument($"field-note:{i}", "field-note", title, body.ToString(), $"/topics/field-notes/{i}", published, "topics", "蹲点手记");
            else if (roll < 95)
                yield return new SearchDocument($"research-report:{i}", "research-report", title, body.ToString(), $"/topics/reports/{i}", published, "topics", "调研报告");
            else
            {
                var concern = Pick(rng, Concerns);
                yield return new SearchDocument($"concern:{i}", "concern", $"{village}:{concern}诉求已办结",
                    body.ToString(), $"/concerns/resolved?village={i % 60}#concern-{i}", published, null, "已办结诉求");
            }
        }
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
