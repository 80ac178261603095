using Dundian.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Web.Tests.Community;

/// <summary>
/// The app on a hand-moved clock, with pre-moderation switched off (先发后审): clean posts are public at once,
/// which is the setting's other branch, and lets a message grow old without a moderator touching it.
/// </summary>
public abstract class ClockedCommunityApp(string provider) : DundianApp(provider)
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Community:PreModeration", "false");
        builder.UseSetting("Community:ReplyWarningDays", "15");
        builder.UseSetting("Community:ReplyCriticalDays", "90");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ClockedSqliteApp() : ClockedCommunityApp("Sqlite");
public sealed class ClockedPostgresApp() : ClockedCommunityApp("Postgres");
