namespace Dundian.Core.Concerns;

/// <summary>
/// Handling metrics of one handling unit or village (<see cref="Id"/> null: not assigned yet) over the
/// concerns received in a period, as they stand now. See <see cref="ConcernMetrics"/> for the definitions.
/// </summary>
public sealed record ConcernMetricsRow(int? Id, string Name, int Received, int Resolved, int OnTimeResolved, int OpenOverdue,
    int FollowedUp, int Satisfied, int Repeats, double? AverageHandlingDays)
{
    /// <summary>On time over resolved plus open-and-overdue: a concern left open past its due date lowers it.</summary>
    public double? OnTimeRate => Ratio(OnTimeResolved, Resolved + OpenOverdue);

    /// <summary>Satisfied or basically satisfied over all concerns with a verdict (each concern's latest).</summary>
    public double? SatisfactionRate => Ratio(Satisfied, FollowedUp);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
