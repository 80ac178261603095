using Dundian.Core.Accounts;
using Dundian.Core.Data.Demo;
using Dundian.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dundian.Core.Data;

/// <summary>
/// At start: apply the provider's migrations, load demo data into an empty database, create the first admin; on the
/// very first start also the starter sensitive-word lexicon and, with the demo, the example newsroom accounts.
/// </summary>
public class DatabaseInitializer(DundianDbContext db, DemoData demo, FirstAdmin firstAdmin, DemoAccounts demoAccounts,
    SensitiveWordEditor lexicon, ILogger<DatabaseInitializer> log)
{
    /// <summary>The example accounts made at this start (empty unless the demo data was loaded just now).</summary>
    public List<DemoAccount> DemoAccountsMade { get; private set; } = [];

    public async Task<string?> InitializeAsync(DatabaseOptions options, string? adminPassword, CancellationToken ct = default) =>
        await InitializeAsync(options, adminPassword, null, ct);

    public async Task<string?> InitializeAsync(DatabaseOptions options, string? adminPassword, string? demoPassword, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (await Statistics.Totals.FieldLogTotalsWriter.EnsureBuiltAsync(db, ct)) log.LogInformation("Field-log totals built from the logs");
        var firstStart = !await db.Users.AnyAsync(ct);
        var demoLoaded = options.SeedDemoData && await demo.LoadIfEmptyAsync(ct);
        if (demoLoaded) log.LogInformation("Demo data loaded");
        var generated = await firstAdmin.EnsureAsync(adminPassword, ct);
        if (firstStart && await lexicon.LoadStarterIfEmptyAsync(ct) is > 0 and var words)
            log.LogInformation("Starter sensitive-word lexicon loaded ({Count} words)", words);
        if (demoLoaded) DemoAccountsMade = await demoAccounts.CreateAsync(demoPassword, ct);
        return generated;
    }
}
