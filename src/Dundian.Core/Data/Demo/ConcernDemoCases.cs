namespace Dundian.Core.Data.Demo;

/// <summary>
/// Generic wording for the demo concerns, by category code: what residents raised and what the unit replied.
/// No real names: reporters are 王某-style and phones are 1380000xxxx.
/// </summary>
internal static class ConcernDemoCases
{
    public static readonly string[] Surnames = ["王", "陈", "林", "张", "李", "吴", "周", "黄", "郑", "何", "杨", "徐"];

    public static readonly Dictionary<string, (string Concern, string Reply)[]> ByCategory = new()
    {
        ["roads"] = [("村口道路坑洼,雨天积水,出行不便", "已组织修补路面并疏通边沟"), ("通往渔港的便道路面破损", "已安排路面硬化修复")],
        ["sanitation"] = [("垃圾收集点清运不及时,气味较大", "已增加清运频次并落实保洁员"), ("河道漂浮物较多,影响村容", "已组织清理河道并建立日常保洁制度")],
        ["water-power"] = [("村内路灯损坏多日未修", "已更换损坏路灯"), ("夏季用水高峰水压偏低", "已协调供水部门调整管网压力")],
        ["fishery"] = [("渔港码头护栏松动,存在安全隐患", "已加固码头护栏"), ("渔船停泊区域划分不清,易起纠纷", "已协调划定停泊区域并公示")],
        ["agriculture"] = [("农田灌溉渠道淤塞", "已组织清淤,恢复灌溉"), ("宅基地审批进度咨询", "已答复审批流程并协助补齐材料")],
        ["social-security"] = [("困难家庭申请临时救助", "已按程序发放临时救助金"), ("老人医保报销手续不清楚", "已上门讲解并协助办理报销")],
        ["public-order"] = [("邻里因排水问题发生纠纷", "已组织调解,双方达成一致"), ("村内偏僻路段缺少监控", "已协调安装监控设施")],
        ["other"] = [("希望村里增设文化活动场所", "已将活动室改造纳入村级计划并落实")],
    };
}
