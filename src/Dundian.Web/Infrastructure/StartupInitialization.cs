using Dundian.Core.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dundian.Web.Infrastructure;

public static class StartupInitialization
{
    /// <summary>Migrates, loads demo data and creates the first admin; a generated password is printed once.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var generated = await init.InitializeAsync(options, app.Configuration["Accounts:AdminPassword"], app.Configuration["Accounts:DemoPassword"]);
        if (generated is not null)
        {
            // Written to the console directly, not to the log: it must not end up in a log store.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" 首次启动:已创建管理员账号 (first start: admin account created)");
            Console.WriteLine($"   用户名 user name: {Dundian.Core.Accounts.FirstAdmin.UserName}");
            Console.WriteLine($"   一次性密码 one-time password: {generated}");
            Console.WriteLine("   首次登录后须修改密码 (you must change it at first sign-in).");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
        PrintDemoAccounts(init.DemoAccountsMade, app.Configuration["Accounts:DemoPassword"]);
    }

    /// <summary>The example newsroom accounts of the demo, printed once like the admin's (never logged).</summary>
    private static void PrintDemoAccounts(List<Dundian.Core.Data.Demo.DemoAccount> made, string? configured)
    {
        if (made.Count == 0) return;
        Console.WriteLine(" 演示数据示例账号 (demo accounts: try 一审/二审/三审 at once; one-time passwords, change at first sign-in):");
        foreach (var a in made)
            Console.WriteLine($"   {a.UserName,-10} {a.DisplayName} · {a.Role} · 一次性密码 {(string.IsNullOrWhiteSpace(configured) ? a.Password : "(Accounts:DemoPassword)")}");
        Console.WriteLine();
    }

    /// <summary>Once listening, tells the person who started the app where to go and how to sign in.</summary>
    public static void PrintWelcomeWhenStarted(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var url = addresses?.FirstOrDefault()?.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost");
        if (url is null) return;
        Console.WriteLine($" 门户 portal:      {url}/");
        Console.WriteLine($" 后台 back office: {url}/manage  (登录 sign in: {url}/account/login, 用户名 admin)");
    });
}
