using Dundian.Core.Accounts;
using Dundian.Core.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dundian.Core.Data;

/// <summary>At start: apply the provider's migrations, load demo data into an empty database, create the first admin.</summary>
public class DatabaseInitializer(DundianDbContext db, DemoData demo, FirstAdmin firstAdmin, ILogger<DatabaseInitializer> log)
{
    public async Task<string?> InitializeAsync(DatabaseOptions options, string? adminPassword, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (await Statistics.Totals.FieldLogTotalsWriter.EnsureBuiltAsync(db, ct)) log.LogInformation("Field-log totals built from the logs");
        if (options.SeedDemoData && await demo.LoadIfEmptyAsync(ct))
            log.LogInformation("Demo data loaded");
        return await firstAdmin.EnsureAsync(adminPassword, ct);
    }
}
