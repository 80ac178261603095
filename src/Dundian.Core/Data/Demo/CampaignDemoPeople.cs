using Dundian.Core.Campaigns;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The demo county campaign's 126 participants. Only 周江勇 and 李关定 are named in the seed; everyone else
/// gets an obviously made-up name (surname + 某 + 甲乙丙丁) so no real person is impersonated.
/// </summary>
internal static class CampaignDemoPeople
{
    public sealed record Person(string Name, string Title, string Unit, ParticipantCategory Category);

    private const string Surnames = "王李张刘陈杨黄赵吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董";
    private const string Stems = "甲乙丙丁戊己";

    private static readonly (string Title, string Unit)[] CountyPosts =
    [
        ("县委副书记", "县委"), ("县委常委、常务副县长", "县政府"), ("县委常委、组织部部长", "县委组织部"),
        ("县委常委、宣传部部长", "县委宣传部"), ("县委常委、纪委书记", "县纪委"), ("县委常委、政法委书记", "县委政法委"),
        ("县委常委、统战部部长", "县委统战部"), ("县委常委、县委办主任", "县委办公室"), ("县委常委、人武部部长", "县人武部"),
        ("县委常委、副县长", "县政府"), ("县人大常委会主任", "县人大常委会"), ("县政协主席", "县政协"),
        ("县人大常委会副主任", "县人大常委会"), ("县人大常委会副主任", "县人大常委会"), ("县人大常委会副主任", "县人大常委会"),
        ("县人大常委会副主任", "县人大常委会"), ("副县长", "县政府"), ("副县长", "县政府"), ("副县长", "县政府"),
        ("副县长", "县政府"), ("副县长", "县政府"), ("县政协副主席", "县政协"), ("县政协副主席", "县政协"),
        ("县政协副主席", "县政协"), ("县政协副主席", "县政协"), ("县人大常委会党组副书记", "县人大常委会"),
        ("县政府党组成员", "县政府"), ("县政协党组副书记", "县政协"), ("县委副书记", "县委"), ("县人大常委会副主任", "县人大常委会"),
        ("副县长", "县政府"), ("县政协副主席", "县政协"),
    ];

    private static readonly string[] Departments =
    [
        "县发改局", "县财政局", "县农林局", "县海洋与渔业局", "县建设局", "县交通局", "县水利局", "县民政局",
        "县卫生局", "县教育局", "县国土资源局", "县规划局", "县环保局", "县旅游局", "县文广新闻出版局",
        "县劳动和社会保障局", "县公安局", "县司法局", "县经贸局", "县科技局", "县农办", "县扶贫办",
        "县供销社", "县团委", "县妇联", "县总工会", "县信访局", "县统计局", "县审计局", "县人事局",
    ];

    /// <summary>34 county leaders (周江勇 and 李关定 first), 2 heads of court and procuratorate, 90 department heads.</summary>
    public static List<Person> County()
    {
        var people = new List<Person>
        {
            new("周江勇", "县委书记", "县委", ParticipantCategory.CountyLeadership),
            new("李关定", "县委副书记、县长", "县政府", ParticipantCategory.CountyLeadership),
        };
        var n = 0;
        foreach (var (title, unit) in CountyPosts)
            people.Add(new(DemoName(n++), title, unit, ParticipantCategory.CountyLeadership));
        people.Add(new(DemoName(n++), "县人民法院院长", "县人民法院", ParticipantCategory.CourtAndProcuratorate));
        people.Add(new(DemoName(n++), "县人民检察院检察长", "县人民检察院", ParticipantCategory.CourtAndProcuratorate));
        for (var i = 0; i < 90; i++)
        {
            var department = Departments[i % Departments.Length];
            var title = i < Departments.Length ? "局长(主任)" : "副局长(副主任)";
            people.Add(new(DemoName(n++), department + title, department, ParticipantCategory.DepartmentHead));
        }
        return people;
    }

    /// <summary>Township cadres of the demo township campaign: 镇领导甲, 镇领导乙, …</summary>
    public static string TownCadre(int i) => "镇领导" + Stems[i % Stems.Length];

    private static string DemoName(int i) => $"{Surnames[i % Surnames.Length]}某{Stems[i / Surnames.Length]}";
}
