using Dundian.Core.Campaigns;
using Dundian.Core.FieldWork;
using Dundian.Core.Projects;
using Dundian.Core.Statistics.Indicators;

namespace Dundian.Core.Statistics;

/// <summary>
/// The catalogue this module ships, in the order of the seed's 「据统计」 paragraph, then the structural
/// figures. 解决实际问题 reads the field logs' on-the-spot count until the concerns module registers an
/// indicator under the same key that adds its resolved concerns.
/// </summary>
public static class BuiltInIndicators
{
    public static IEnumerable<Indicator> Create() =>
    [
        new StationedDaysIndicator(),
        new WritingCountIndicator<FieldNote>(IndicatorKeys.FieldNotes, "驻村蹲点手记", s => s.FieldNotes()),
        new WritingCountIndicator<ResearchReport>(IndicatorKeys.ResearchReports, "调研报告", s => s.ResearchReports()),
        new FieldLogSumIndicator(IndicatorKeys.Symposiums, "座谈会", "次", l => l.Symposiums),
        new FieldLogSumIndicator(IndicatorKeys.HouseholdsVisited, "走访农户", "户", l => l.HouseholdsVisited),
        new FieldLogSumIndicator(IndicatorKeys.Talks, "与群众谈心", "人次", l => l.Talks),
        new FieldLogSumIndicator(IndicatorKeys.ConsolationHouseholds, "慰问困难户", "户", l => l.ConsolationHouseholds),
        new FieldLogMoneyIndicator(IndicatorKeys.ConsolationMoney, "发放慰问金", l => l.ConsolationAmountFen),
        new FieldLogSumIndicator(IndicatorKeys.PolicyTalks, "主题宣讲", "次", l => l.PolicyTalks),
        new FieldLogSumIndicator(IndicatorKeys.DialogueParticipants, "恳谈", "人次", l => l.DialogueParticipants),
        new FieldLogSumIndicator(IndicatorKeys.ProblemsSolved, "解决实际问题", "个", l => l.ProblemsSolvedOnSpot),
        new RecordCountIndicator<PracticalProject>(IndicatorKeys.PracticalProjects, "落实实事项目", "件", s => s.PracticalProjects(),
            p => new DrillDownRow("PracticalProject", p.Id, p.Title, p.Village!.Name, p.ImplementedOn, null, 1)),
        new ProjectFundsIndicator(),
        new RecordCountIndicator<DevelopmentPlan>(IndicatorKeys.DevelopmentPlans, "帮助制定发展计划", "个", s => s.DevelopmentPlans(),
            p => new DrillDownRow("DevelopmentPlan", p.Id, p.Title, p.Village!.Name, p.AdoptedOn, null, 1)),
        new RecordCountIndicator<ResearchGroup>(IndicatorKeys.Groups, "调研组", "个", s => s.Groups(),
            g => new DrillDownRow("ResearchGroup", g.Id, g.Name, g.Leader != null ? g.Leader.Name : null, null, null, 1)),
        new LiaisonVillageCountIndicator(),
        new RecordCountIndicator<Participant>(IndicatorKeys.Participants, "参加人员", "人", s => s.Participants(),
            p => new DrillDownRow("Participant", p.Id, p.Name, p.Group != null ? p.Group.Name : null, null, null, 1)),
        new RecordCountIndicator<ResearchTopic>(IndicatorKeys.Topics, "调研主题", "个", s => s.Topics(),
            t => new DrillDownRow("ResearchTopic", t.Id, t.Title, t.Group != null ? t.Group.Name : t.Participant!.Name, null, null, 1)),
    ];
}
