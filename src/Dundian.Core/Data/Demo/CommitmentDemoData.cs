using Dundian.Core.Commitments;
using Dundian.Core.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Public commitments of the demo: two made by the county's leaders in the seed's interview column
/// 「百名书记说发展」 (周江勇 and 李关定, named in the seed as county party secretary and county head) on its
/// research topics, and three hotline commitments of department heads (generic: no person is named).
/// Dates are relative to today so that the demo always shows one completed, one overdue and the rest on time.
/// </summary>
internal sealed class CommitmentDemoData(DundianDbContext db, TimeProvider clock)
{
    public async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = PublicCommitment.Today(now);
        var units = await db.OrgUnits.Where(u => u.Name == "象山县" || u.Name == "石浦镇" || u.Name == "丹东街道")
            .ToDictionaryAsync(u => u.Name, u => u.Id, ct);

        var fishing = PublicCommitment.Make("推进“渔家乐”项目",
            "挖掘渔文化,发展渔家乐:在石浦东门渔村建成渔家乐示范点,带动渔民转产增收。", "周江勇", "县委书记",
            units["石浦镇"], CommitmentChannel.InterviewColumn, today.AddDays(-200), today.AddDays(-20));
        fishing.AddMilestone("完成东门渔村渔家乐规划", today.AddDays(-150)).DoneOn = today.AddDays(-155);
        fishing.AddMilestone("首批示范户开门迎客", today.AddDays(-40)).DoneOn = today.AddDays(-45);
        fishing.ReportProgress(today.AddDays(-150), "东门渔村渔家乐规划已完成,确定首批示范户。", 30);
        fishing.ReportProgress(today.AddDays(-45), "首批 12 户渔家乐开门迎客,配套停车场建成。", 80);
        fishing.Complete(today.AddDays(-30), "东门渔村渔家乐示范点建成,首批 12 户经营,旺季户均月增收明显。");
        fishing.AddVerdict(Satisfaction.Satisfied, "渔家乐办起来了,游客多了,收入也多了。", "渔村老陈", now.AddDays(-25));
        fishing.AddVerdict(Satisfaction.Satisfied, null, null, now.AddDays(-24));
        fishing.AddVerdict(Satisfaction.BasicallySatisfied, "希望停车位再多一些。", null, now.AddDays(-20));

        var hollow = PublicCommitment.Make("“空心村”改造试点",
            "选择一个村开展“空心村”改造试点,盘活闲置宅基地,改善村容村貌。", "李关定", "县长",
            units["象山县"], CommitmentChannel.InterviewColumn, today.AddDays(-200), today.AddDays(-10));
        hollow.AddMilestone("确定试点村并完成摸底调查", today.AddDays(-120)).DoneOn = today.AddDays(-125);
        hollow.AddMilestone("完成闲置房屋拆改", today.AddDays(-10));
        hollow.ReportProgress(today.AddDays(-125), "试点村已确定,完成闲置房屋摸底。", 40);

        var roads = PublicCommitment.Make("修复渔港码头至村口道路",
            "阳光热线接到群众反映后承诺:年内修复石浦渔港码头至东门渔村村口的破损路面。", "县交通运输局", "主要负责人",
            units["石浦镇"], CommitmentChannel.Hotline, today.AddDays(-30), today.AddDays(60));
        roads.AddMilestone("完成路面勘察与设计", today.AddDays(10));
        roads.ReportProgress(today.AddDays(-5), "已完成现场勘察,正在编制维修方案。", 20);

        var water = PublicCommitment.Make("解决丹城村自来水水压偏低问题",
            "阳光热线承诺:更换丹城村老旧供水管网,解决高峰时段水压偏低。", "县水利局", "主要负责人",
            units["丹东街道"], CommitmentChannel.Hotline, today.AddDays(-14), today.AddDays(90));

        var buses = PublicCommitment.Make("增开偏远村公交班次",
            "阳光热线承诺:调整农村公交线路,偏远村每天至少四班往返县城。", "县交通运输局", "主要负责人",
            units["象山县"], CommitmentChannel.Website, today.AddDays(-7), today.AddDays(120));

        db.PublicCommitments.AddRange(fishing, hollow, roads, water, buses);
        await db.SaveChangesAsync(ct);
    }
}
