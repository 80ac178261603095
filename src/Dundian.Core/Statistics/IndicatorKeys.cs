namespace Dundian.Core.Statistics;

/// <summary>Stable keys of the built-in indicators (used in URLs, the API and tests).</summary>
public static class IndicatorKeys
{
    public const string StationedDays = "stationed-days";
    public const string FieldNotes = "field-notes";
    public const string ResearchReports = "research-reports";
    public const string Symposiums = "symposiums";
    public const string HouseholdsVisited = "households-visited";
    public const string Talks = "talks";
    public const string ConsolationHouseholds = "consolation-households";
    public const string ConsolationMoney = "consolation-money";
    public const string PolicyTalks = "policy-talks";
    public const string DialogueParticipants = "dialogue-participants";
    public const string ProblemsSolved = "problems-solved";
    public const string PracticalProjects = "practical-projects";
    public const string ProjectFunds = "project-funds";
    public const string DevelopmentPlans = "development-plans";
    public const string Groups = "groups";
    public const string LiaisonVillages = "liaison-villages";
    public const string Participants = "participants";
    public const string Topics = "topics";
}
