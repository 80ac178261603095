using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dundian.Core.Data;
using Dundian.Web.Community;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>Issue 9, point 11: the reporter key is keyed with a deployment secret, configured or kept in the data folder.</summary>
public sealed class ReporterKeyTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dundian-reporter-key-" + Guid.NewGuid().ToString("N"));

    private static HttpContext From(string ip) => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(ip) } };

    private static IConfiguration Config(string? secret) => new ConfigurationBuilder()
        .AddInMemoryCollection(secret is null ? [] : [new(ReporterKey.SecretSetting, secret)]).Build();

    private DatabaseOptions Data => new() { DataDirectory = folder };

    [Fact]
    public void The_key_is_not_the_unkeyed_hash_an_attacker_could_recompute_and_depends_on_the_secret()
    {
        var unkeyed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("dundian-report|10.1.2.3")));
        var a = ReporterKey.Create(Config("secret-a"), Data);
        var b = ReporterKey.Create(Config("secret-b"), Data);
        Assert.NotEqual(unkeyed, a.Of(From("10.1.2.3")));
        Assert.NotEqual(a.Of(From("10.1.2.3")), b.Of(From("10.1.2.3")));
        Assert.Equal(a.Of(From("10.1.2.3")), ReporterKey.Create(Config("secret-a"), Data).Of(From("10.1.2.3"))); // nodes sharing it agree
        Assert.NotEqual(a.Of(From("10.1.2.3")), a.Of(From("10.1.2.4")));
        Assert.False(File.Exists(Path.Combine(folder, ReporterKey.SecretFile)));
    }

    [Fact]
    public void Without_configuration_a_secret_is_generated_once_in_the_data_folder_and_kept()
    {
        var first = ReporterKey.Create(Config(null), Data).Of(From("10.1.2.3"));
        var file = Path.Combine(folder, ReporterKey.SecretFile);
        Assert.True(File.Exists(file));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(file)).Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(first, ReporterKey.Create(Config(null), Data).Of(From("10.1.2.3"))); // after a restart
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
