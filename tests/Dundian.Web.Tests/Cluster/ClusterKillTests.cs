using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dundian.Core.Content;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Cluster;

/// <summary>
/// The load part of the cluster tests: portal reads and concern submissions through nginx while one node is killed
/// with SIGKILL. Kept apart from <see cref="ClusterTests"/> in its own file; run last there by name.
/// </summary>
public static class ClusterLoad
{
    public sealed record Outcome(string Kind, DateTime Started, DateTime Ended, int Status, string? Description, string? Error);

    /// <summary>
    /// Runs <paramref name="workers"/> readers-and-submitters against <paramref name="balancer"/> for
    /// <paramref name="duration"/>, each from its own loopback address (127.0.0.10+, so each has its own rate-limit
    /// allowance once nginx forwards it); <paramref name="midway"/> runs once, after <paramref name="killAfter"/>.
    /// </summary>
    public static async Task<List<Outcome>> RunAsync(Uri balancer, int articleId, int villageId, int workers,
        TimeSpan duration, TimeSpan killAfter, Action midway, CancellationToken ct)
    {
        var outcomes = new ConcurrentBag<Outcome>();
        var stop = DateTime.UtcNow + duration;
        var killer = Task.Run(async () => { await Task.Delay(killAfter, ct); midway(); }, ct);
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            using var client = ClientFrom(IPAddress.Parse($"127.0.0.{10 + w}"));
            var posted = 0;
            for (var i = 0; DateTime.UtcNow < stop; i++)
            {
                await Step(outcomes, "home", client.GetAsync(new Uri(balancer, "/"), ct));
                await Step(outcomes, "article", client.GetAsync(new Uri(balancer, $"/article/{articleId}"), ct));
                // 20 posts a minute per address are allowed; stay under it so every refusal would be a fault.
                if (posted >= 15) { await Task.Delay(100, ct); continue; }
                posted++;
                var description = $"集群负载诉求 w{w} n{i} {Guid.NewGuid():N}";
                var started = DateTime.UtcNow;
                try
                {
                    var form = await client.GetAsync(new Uri(balancer, "/concerns/new"), ct);
                    if (form.StatusCode != HttpStatusCode.OK)
                    {
                        outcomes.Add(new("form", started, DateTime.UtcNow, (int)form.StatusCode, null, null));
                        continue;
                    }
                    var token = Html.AntiforgeryToken(await Html.ParseAsync(form));
                    var post = await client.PostAsync(new Uri(balancer, "/concerns/new"), new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = token, ["Input.CategoryCode"] = "roads",
                        ["Input.VillageId"] = villageId.ToString(CultureInfo.InvariantCulture), ["Input.Description"] = description,
                        ["Input.ReporterName"] = "王小明", ["Input.ReporterPhone"] = "13800001234", ["Input.Location"] = "渔港码头",
                    }), ct);
                    outcomes.Add(new("submit", started, DateTime.UtcNow, (int)post.StatusCode, description, null));
                }
                catch (HttpRequestException e)
                {
                    outcomes.Add(new("submit", started, DateTime.UtcNow, 0, description, e.Message));
                }
            }
        }, ct)).ToList();
        await Task.WhenAll(tasks);
        await killer;
        return [.. outcomes];
    }

    private static async Task Step(ConcurrentBag<Outcome> outcomes, string kind, Task<HttpResponseMessage> request)
    {
        var started = DateTime.UtcNow;
        try
        {
            using var response = await request;
            await response.Content.ReadAsByteArrayAsync();
            outcomes.Add(new(kind, started, DateTime.UtcNow, (int)response.StatusCode, null, null));
        }
        catch (HttpRequestException e)
        {
            outcomes.Add(new(kind, started, DateTime.UtcNow, 0, null, e.Message));
        }
    }

    private static HttpClient ClientFrom(IPAddress local) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(),
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { Timeout = TimeSpan.FromSeconds(60) };
}
