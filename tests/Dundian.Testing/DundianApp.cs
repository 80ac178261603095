using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Testing;

/// <summary>
/// The whole app with demo data on a fresh database of one provider. Subclass per provider so every
/// integration test class runs on SQLite and on PostgreSQL. Set <see cref="RealServer"/> for browser tests.
/// </summary>
public abstract class DundianApp(string provider, bool realServer = false) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin#Test-2026";
    /// <summary>One-time password of the demo's example accounts (editor, reviewer1–3) in tests.</summary>
    public const string DemoPassword = "Demo#Test-2026";
    public const string Open311ApiKey = "test-open311-key";
    /// <summary>An Open311 key that may read every concern in full (scope read-private), but not post.</summary>
    public const string Open311PrivateKey = "test-open311-private-key";

    public TestDatabase Database { get; } = TestDatabase.Create(provider);
    public string Provider => provider;
    public bool RealServer => realServer;

    /// <summary>Root URL of the Kestrel server (browser tests); null for the in-memory test server.</summary>
    public Uri? ServerAddress { get; private set; }

    public virtual async ValueTask InitializeAsync()
    {
        await Database.CreateAsync();
        if (realServer)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            ServerAddress = new Uri(address);
        }
        else
        {
            _ = Server; // start the in-memory server: migrations and demo data run now, not in the first test
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var db = Database.Options;
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", db.Provider);
        builder.UseSetting("Database:DataDirectory", db.DataDirectory);
        builder.UseSetting("Database:ConnectionString", db.ConnectionString ?? "");
        builder.UseSetting("Accounts:AdminPassword", AdminPassword);
        builder.UseSetting("Accounts:DemoPassword", DemoPassword);
        builder.UseSetting($"Open311:ApiKeys:{Open311ApiKey}", "测试平台");
        builder.UseSetting("Open311:Clients:测试办理平台:Key", Open311PrivateKey);
        builder.UseSetting("Open311:Clients:测试办理平台:Scopes", "read-private");
    }

    public new HttpClient CreateClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs <paramref name="work"/> with a scoped service provider of the app.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Creates a staff account (password already changed) with one grant on the named org unit.</summary>
    public Task<AppUser> CreateStaffAsync(string userName, string password, StaffRole role, string orgUnitName = "宁波市") =>
        WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var unit = await db.OrgUnits.FirstAsync(u => u.Name == orgUnitName);
            var user = new AppUser { UserName = userName, DisplayName = userName, CreatedAt = DateTime.UtcNow, LockoutEnabled = true };
            user.Grants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = unit.Id });
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            return user;
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : DundianApp("Sqlite");
public sealed class PostgresApp() : DundianApp("Postgres");
