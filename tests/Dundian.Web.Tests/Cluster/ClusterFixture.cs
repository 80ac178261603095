using System.Diagnostics;
using System.Net;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Cluster;

/// <summary>
/// A real cluster for one test class: <c>scripts/cluster.sh up</c> (PostgreSQL, Redis, two nodes of one Release
/// build, nginx) with its own folder and ports, <c>down</c> at the end. PostgreSQL only, by nature: the cluster mode
/// refuses SQLite (one file cannot be shared by several machines).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Cluster-2026";
    public const string NewAdminPassword = "Admin#Cluster-2027";
    public const string DemoPassword = "Demo#Cluster-2026";
    public const string NewDemoPassword = "Demo#Cluster-2027";
    public static readonly TimeSpan EscalationInterval = TimeSpan.FromSeconds(5);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "dundian-cluster-test-" + Guid.NewGuid().ToString("N")[..8]);
    public Uri Balancer { get; private set; } = null!;
    public List<Uri> Nodes { get; } = [];
    public string ConnectionString { get; private set; } = "";

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dundian.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public async ValueTask InitializeAsync()
    {
        var output = await RunScriptAsync("up", TimeSpan.FromMinutes(15));
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("cluster: ", StringComparison.Ordinal)) Balancer = new Uri(line["cluster: ".Length..]);
            else if (line.StartsWith("node", StringComparison.Ordinal) && line.Contains(": http", StringComparison.Ordinal))
                Nodes.Add(new Uri(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        }
        if (Balancer is null || Nodes.Count != 2) throw new InvalidOperationException("cluster.sh up printed:\n" + output);
        ConnectionString = (await File.ReadAllTextAsync(Path.Combine(Dir, "connection-string"))).Trim();
    }

    public async ValueTask DisposeAsync()
    {
        // Keep the nodes' and nginx's logs with the test results: the cluster's folder goes with `down`.
        try
        {
            var keep = Path.Combine(Environment.GetEnvironmentVariable("DUNDIAN_TEST_RESULTS") ?? Path.Combine(RepoRoot, "TestResults"), "cluster-logs");
            Directory.CreateDirectory(keep);
            foreach (var log in Directory.GetFiles(Dir, "node*.log").Append(Path.Combine(Dir, "nginx", "error.log")).Where(File.Exists))
                File.Copy(log, Path.Combine(keep, Path.GetFileName(log)), overwrite: true);
        }
        catch (IOException) { /* best effort */ }
        await RunScriptAsync("down", TimeSpan.FromMinutes(2));
    }

    /// <summary>Starts node <paramref name="node"/> again (after a test killed it) and waits until it answers.</summary>
    public Task StopRedisAsync() => RunScriptAsync("stop-redis", TimeSpan.FromMinutes(1));

    public Task StartRedisAsync() => RunScriptAsync("start-redis", TimeSpan.FromMinutes(1));

    public Task StartNodeAsync(int node) => RunScriptAsync("start-node", TimeSpan.FromMinutes(5), node.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<string> RunScriptAsync(string verb, TimeSpan timeout, string? argument = null)
    {
        string[] args = argument is null ? [Path.Combine(RepoRoot, "scripts", "cluster.sh"), verb] : [Path.Combine(RepoRoot, "scripts", "cluster.sh"), verb, argument];
        var start = new ProcessStartInfo("bash", args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot,
        };
        start.Environment["CLUSTER_DIR"] = Dir;
        start.Environment["CLUSTER_NODES"] = "2";
        // Uploads in an S3 bucket (s3rver), so no node's disk holds them; DUNDIAN_CLUSTER_UPLOADS=folder tests the shared folder.
        start.Environment["CLUSTER_UPLOADS"] = Environment.GetEnvironmentVariable("DUNDIAN_CLUSTER_UPLOADS") ?? "s3";
        start.Environment["CLUSTER_PORT"] = Random.Shared.Next(30000, 40000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Accounts__AdminPassword"] = AdminPassword;
        start.Environment["Accounts__DemoPassword"] = DemoPassword;
        // The nodes run as Production, which requires two-factor sign-in for admins; these tests are about the nodes
        // sharing state, and two-factor sign-in has its own tests.
        start.Environment["Accounts__RequireTwoFactorFor"] = "none";
        start.Environment["Concerns__EscalationIntervalSeconds"] = ((int)EscalationInterval.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"cluster.sh {verb} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    public DundianDbContext Db() => new(new DbContextOptionsBuilder<DundianDbContext>()
        .UseNpgsql(ConnectionString).Options);

    public int NodePid(int node) => int.Parse(File.ReadAllText(Path.Combine(Dir, $"node{node}.pid")).Trim(),
        System.Globalization.CultureInfo.InvariantCulture);

    public string NodeLog(int node)
    {
        using var stream = new FileStream(Path.Combine(Dir, $"node{node}.log"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>A client without redirects sharing <paramref name="cookies"/> (cookies ignore ports: one jar serves every node).</summary>
    public static HttpClient Client(CookieContainer? cookies = null) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer(),
    }) { Timeout = TimeSpan.FromSeconds(60) };

    // ---- the admin's session, made once: signed in on node 1, password changed on node 2
    private readonly SemaphoreSlim adminGate = new(1, 1);
    private CookieContainer? adminCookies;

    /// <summary>What the first sign-in saw: node 1's answer to the login, node 2's to the change-password form and post.</summary>
    public (HttpStatusCode Login, HttpStatusCode FormOnOther, HttpStatusCode ChangeOnOther, string ChangeTarget) FirstSignIn { get; private set; }

    public async Task<CookieContainer> AdminAsync()
    {
        await adminGate.WaitAsync();
        try
        {
            if (adminCookies is not null) return adminCookies;
            (adminCookies, FirstSignIn) = await SignInAsync("admin", AdminPassword, NewAdminPassword);
            return adminCookies;
        }
        finally { adminGate.Release(); }
    }

    /// <summary>The demo's editor (one-time password from the environment), signed in on node 1, password changed on node 2.</summary>
    public async Task<CookieContainer> EditorAsync() => (await SignInAsync("editor", DemoPassword, NewDemoPassword)).Cookies;

    private async Task<(CookieContainer Cookies, (HttpStatusCode, HttpStatusCode, HttpStatusCode, string) Seen)> SignInAsync(
        string user, string password, string newPassword)
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        var login = await client.PostFormAsync(new Uri(Nodes[0], "/account/login").ToString(), new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = password,
        });
        var form = await client.GetAsync(new Uri(Nodes[1], "/account/change-password"));
        var change = await client.PostFormAsync(new Uri(Nodes[1], "/account/change-password").ToString(), new Dictionary<string, string>
        {
            ["Input.OldPassword"] = password, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        return (cookies, (login.StatusCode, form.StatusCode, change.StatusCode, change.Headers.Location?.ToString() ?? ""));
    }
}
