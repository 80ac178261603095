namespace Dundian.Core.Data.Demo;

/// <summary>
/// The seed's 「据统计」 totals (象山县, 2007/5/8) that the demo records of the county campaign are generated
/// to add up to. Used only to generate demo data: the statistics compute every figure from the records.
/// </summary>
internal static class CampaignDemoFigures
{
    public const int StationedDays = 219;
    public const int FieldNotes = 36;
    public const int ResearchReports = 18;
    public const int Symposiums = 78;
    public const int HouseholdsVisited = 471;
    public const int Talks = 874;
    public const int ConsolationHouseholds = 120;
    public const int ConsolationYuan = 65_000;
    public const int PolicyTalks = 34;
    public const int DialogueParticipants = 1170;
    public const int ProblemsSolved = 66;
    public const int PracticalProjects = 187;
    public const int ProjectFundsYuan = 10_860_000;
    public const int DevelopmentPlans = 406;
    public const int Groups = 18;
}
