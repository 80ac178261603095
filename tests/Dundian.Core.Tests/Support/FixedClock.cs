namespace Dundian.Core.Tests.Support;

/// <summary>A clock stopped at one instant, so "the last N days" is reproducible.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
