namespace Dundian.Web.Concerns;

/// <summary>Settings of the 督办 job (section "Concerns").</summary>
public sealed class ConcernEscalationOptions
{
    public const string Section = "Concerns";

    /// <summary>How often the job looks for overdue concerns.</summary>
    public int EscalationIntervalMinutes { get; set; } = 10;

    /// <summary>When above 0, the interval in seconds instead (tests of the cluster).</summary>
    public int EscalationIntervalSeconds { get; set; }

    /// <summary>Days overdue per escalation level.</summary>
    public int EscalationStepDays { get; set; } = 3;
}
