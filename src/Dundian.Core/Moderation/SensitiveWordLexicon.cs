using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Moderation;

/// <summary>
/// The current matcher over the stored lexicon. Built once and reused; rebuilt after a local edit
/// (<see cref="Invalidate"/>) and at least every minute, so edits made on another node arrive soon.
/// </summary>
public sealed class SensitiveWordLexicon(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (SensitiveWordMatcher Matcher, DateTimeOffset BuiltAt)? current;

    public async Task<SensitiveWordMatcher> GetAsync(CancellationToken ct = default)
    {
        if (current is { } c && clock.GetUtcNow() - c.BuiltAt < MaxAge) return c.Matcher;
        await gate.WaitAsync(ct);
        try
        {
            if (current is { } again && clock.GetUtcNow() - again.BuiltAt < MaxAge) return again.Matcher;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
            var words = await db.SensitiveWords.Select(w => w.Word).ToListAsync(ct);
            var matcher = new SensitiveWordMatcher(words);
            current = (matcher, clock.GetUtcNow());
            return matcher;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => current = null;
}
