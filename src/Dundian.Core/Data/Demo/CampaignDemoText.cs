namespace Dundian.Core.Data.Demo;

/// <summary>
/// Texts of the demo county campaign. Theme, dates, the two named topics and the six other quoted topics
/// come from the seed; the remaining ten topics and the activity list are demo texts in the same spirit.
/// </summary>
internal static class CampaignDemoText
{
    public const string Name = "象山县县级领导班子成员蹲点调研活动";
    public const string Theme = "联镇带村谋发展,蹲点联系办实事";
    public const string Slogan = "重在实践、重在实效、重在群众满意";
    public static readonly DateOnly Start = new(2007, 3, 22);
    public static readonly DateOnly End = new(2007, 5, 31);

    public const string Notice =
        "<p>《关于开展县级领导班子成员“联镇带村谋发展,蹲点联系办实事”活动的通知》</p>" +
        "<p>县委办公室、县政府办公室 2007年3月21日印发。对蹲点调研活动的工作内容、任务要求、领导蹲点村作出明确。</p>";
    public const string ImplementationPlan =
        "<p>县、镇乡(街道)领导班子主题实践活动实施意见:县、镇乡(街道)两级班子成员联动,3月22日全面启动。</p>";
    public const string ActivityPlan =
        "<p>县级领导班子主题实践活动方案:精心设计活动载体,确定10项活动,各镇乡街道结合当地实际制定相应的活动意见。</p>";
    public const string Requirements =
        "时间:3月下旬起,每位县级领导在联系村蹲点调研,轻车简从,沉下身去,静下心来。\n" +
        "内容:按照「六个一」的工作要求,当好政策形势的宣传员、村情民意的调研员、扶贫帮困的服务员、" +
        "富民强村的指导员、矛盾纠纷的化解员;为蹲点联系村办1—2件实事。\n" +
        "纪律:重在实践、重在实效、重在群众满意;不增加基层负担。";

    public static readonly string[] Activities =
    [
        "进村蹲点住村", "走访农户", "召开座谈会", "与群众谈心", "慰问困难户",
        "开展主题宣讲", "召开民情恳谈会", "为联系村办实事", "帮助制定发展计划", "撰写蹲点手记和调研报告",
    ];

    /// <summary>Topics in group order: group 1 (周江勇, 东门渔村), group 2 (李关定, 桥头林村), then the others.</summary>
    public static readonly string[] Topics =
    [
        "挖掘渔文化,发展渔家乐",
        "空心村改造",
        "山下安居,山上乐业",
        "发展花木产业链,探索民富村强新路子",
        "农村合作医疗保险如何惠及特殊困难群体",
        "和谐村班子建设",
        "加强城乡统筹规划,避免城郊农村基础设施重复建设",
        "发展造船业,带动海岛地区统筹发展",
        "发展海水养殖,促进渔民增收",
        "农村饮用水安全保障",
        "村级集体经济发展路径",
        "农村留守老人和儿童关爱",
        "发展农家乐休闲旅游",
        "农村土地承包经营权流转",
        "农村矛盾纠纷排查化解",
        "海岛交通基础设施建设",
        "农村党员先锋作用发挥",
        "柑橘产业提质增效",
    ];

    public static readonly string[] ProjectKinds =
    [
        "村道硬化", "饮用水改造", "渔港码头维修", "农民会所建设", "路灯安装", "河道整治",
        "困难户危房改造", "文化活动室建设", "村卫生室改建", "垃圾收集点建设", "农田水利修缮", "便民服务点建设",
    ];

    public static readonly string[] PlanKinds =
    [
        "村庄建设规划", "产业发展计划", "集体经济增收计划", "农户增收计划", "基础设施建设计划", "村级组织建设计划",
    ];
}
