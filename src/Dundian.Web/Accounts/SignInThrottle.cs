using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Dundian.Web.Accounts;

/// <summary>
/// Slows password guessing per typed user name AND client address, instead of locking the account for everyone:
/// a stranger who fails against "admin" from his address is blocked there, while the real admin signs in from his own.
/// The first <see cref="FreeFailures"/> failures cost nothing; each further one blocks that pair for a period that
/// doubles up to <see cref="MaxBlock"/>. Unknown and real user names are throttled alike, so the answer tells nothing.
/// Guessing spread over many names from one address is held by the per-address sign-in rate limit.
/// State is in <see cref="IDistributedCache"/> (memory on one node; a shared cache when several nodes run).
/// </summary>
public sealed class SignInThrottle(IDistributedCache cache, TimeProvider clock)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstBlock = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxBlock = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    /// <summary>How long this name may not be tried from this address; null when it may.</summary>
    public async Task<TimeSpan?> BlockedForAsync(string userName, IPAddress? address, CancellationToken ct = default)
    {
        var state = await ReadAsync(Key(userName, address), ct);
        var left = state?.BlockedUntil - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Counts a failure; returns the block it starts, if any.</summary>
    public async Task<TimeSpan?> FailedAsync(string userName, IPAddress? address, CancellationToken ct = default)
    {
        var key = Key(userName, address);
        var failures = ((await ReadAsync(key, ct))?.Failures ?? 0) + 1;
        TimeSpan? block = failures < FreeFailures ? null
            : TimeSpan.FromTicks(Math.Min(MaxBlock.Ticks, FirstBlock.Ticks << Math.Min(failures - FreeFailures, 10)));
        var state = new State(failures, block is { } b ? clock.GetUtcNow() + b : null);
        await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(state),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Memory }, ct);
        return block;
    }

    /// <summary>The right password from this address: forget its failures.</summary>
    public Task SucceededAsync(string userName, IPAddress? address, CancellationToken ct = default) =>
        cache.RemoveAsync(Key(userName, address), ct);

    private async Task<State?> ReadAsync(string key, CancellationToken ct) =>
        await cache.GetAsync(key, ct) is { } bytes ? JsonSerializer.Deserialize<State>(bytes) : null;

    private static string Key(string userName, IPAddress? address)
    {
        var name = userName.Trim().ToUpperInvariant();
        if (name.Length > 64) name = name[..64];
        return string.Create(CultureInfo.InvariantCulture, $"dundian:signin:{address?.ToString() ?? "unknown"}|{name}");
    }

    private sealed record State(int Failures, DateTimeOffset? BlockedUntil);

    /// <summary>Minutes to show a person, rounded up.</summary>
    public static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
