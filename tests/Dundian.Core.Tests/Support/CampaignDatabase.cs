using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Data.Demo;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Support;

/// <summary>
/// A migrated database of one provider with the demo data, the core services wired as the web host wires
/// them, a clock stopped on the seed article's day (2007/5/8, China time), and three staff accounts linked to
/// demo participants: a cadre (the second member of 周江勇's group), a group lead (李关定) and nobody else.
/// </summary>
public abstract class CampaignDatabase(string provider) : IAsyncLifetime
{
    public static readonly DateTimeOffset SeedDay = new(2007, 5, 8, 12, 0, 0, TimeSpan.FromHours(8));

    public TestDatabase Database { get; } = TestDatabase.Create(provider);
    public ServiceProvider Services { get; private set; } = null!;
    public int CountyCampaignId { get; private set; }
    public int TownshipCampaignId { get; private set; }
    public AppUser Cadre { get; private set; } = null!;
    public AppUser Lead { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedClock(SeedDay));
        services.AddDundianCore(Database.Options);
        Services = services.BuildServiceProvider();

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        CountyCampaignId = await db.Campaigns.Where(c => c.Tier == CampaignTier.County).Select(c => c.Id).SingleAsync();
        TownshipCampaignId = await db.Campaigns.Where(c => c.Tier == CampaignTier.Township).Select(c => c.Id).SingleAsync();

        Cadre = NewUser("cadre");
        Lead = NewUser("lead");
        db.Users.AddRange(Cadre, Lead);
        var zhouGroup = await db.ResearchGroups.Include(g => g.Members).SingleAsync(g => g.Leader!.Name == "周江勇");
        zhouGroup.Members.Single(m => m.Id != zhouGroup.LeaderId && m.Category == ParticipantCategory.CountyLeadership).UserId = Cadre.Id;
        (await db.Participants.SingleAsync(p => p.Name == "李关定")).UserId = Lead.Id;
        await db.SaveChangesAsync();
    }

    public AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    public static StaffActor Actor(AppUser user, StaffRole role, string path) => new(user.Id, new StaffScope([(role, path)]));

    public static async Task<OrgUnit> UnitAsync(DundianDbContext db, string name) => await db.OrgUnits.SingleAsync(u => u.Name == name);

    private static AppUser NewUser(string name) => new()
    {
        UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, CreatedAt = DateTime.UtcNow,
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteCampaignDatabase() : CampaignDatabase("Sqlite");
public sealed class PostgresCampaignDatabase() : CampaignDatabase("Postgres");
