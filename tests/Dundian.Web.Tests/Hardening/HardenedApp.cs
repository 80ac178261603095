using Dundian.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Dundian.Web.Tests.Hardening;

/// <summary>
/// The app as deployed behind nginx in Production: a known proxy on 127.0.0.1, two-factor required for SystemAdmin,
/// and the OpenAPI document for staff only. (The in-memory server leaves the client address empty; tests set it per
/// client with <c>CreateClientFrom</c>.)
/// </summary>
public abstract class HardenedApp(string provider) : DundianApp(provider)
{
    public const string Proxy = "127.0.0.1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Network:KnownProxies", Proxy);
        builder.UseSetting("Accounts:RequireTwoFactorFor", "SystemAdmin");
        builder.UseSetting("Api:PublicOpenApi", "false");
    }
}

public sealed class HardenedSqliteApp() : HardenedApp("Sqlite");
public sealed class HardenedPostgresApp() : HardenedApp("Postgres");
