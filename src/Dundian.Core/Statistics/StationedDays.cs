namespace Dundian.Core.Statistics;

/// <summary>
/// Stationed days per person: the union of his stays' inclusive date ranges, clipped to the period, so a day
/// covered by two overlapping stays counts once. Reads stays ordered by (person, start) in one pass,
/// O(n) after the database's sort, holding only one open interval at a time.
/// </summary>
public static class StationedDays
{
    public static Dictionary<int, int> PerParticipant(IEnumerable<(int ParticipantId, DateOnly Start, DateOnly End)> orderedStays,
        DateOnly? from = null, DateOnly? to = null)
    {
        var days = new Dictionary<int, int>();
        int? person = null;
        DateOnly openStart = default, openEnd = default;
        foreach (var (id, rawStart, rawEnd) in orderedStays)
        {
            var start = from is { } f && rawStart < f ? f : rawStart;
            var end = to is { } t && rawEnd > t ? t : rawEnd;
            if (end < start) continue; // outside the period
            if (person == id && start <= openEnd.AddDays(1))
            {
                if (end > openEnd) openEnd = end; // overlapping or adjacent: extend the open interval
                continue;
            }
            if (person is { } p) Add(days, p, openStart, openEnd);
            person = id;
            openStart = start;
            openEnd = end;
        }
        if (person is { } last) Add(days, last, openStart, openEnd);
        return days;
    }

    private static void Add(Dictionary<int, int> days, int person, DateOnly start, DateOnly end) =>
        days[person] = days.GetValueOrDefault(person) + end.DayNumber - start.DayNumber + 1;
}
