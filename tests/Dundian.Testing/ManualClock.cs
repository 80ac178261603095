namespace Dundian.Testing;

/// <summary>A clock the test moves by hand (for due dates, escalation, "no log for N days").</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}
