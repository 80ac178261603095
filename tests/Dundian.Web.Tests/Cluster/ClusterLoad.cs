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
/// with SIGKILL (used by <see cref="ClusterTests"/>).
/// </summary>
public static class ClusterLoad
{
    public sealed record Outcome(string Kind, DateTime Started, DateTime Ended, int Status, string? Description, string? Error);

    /// <summary>
    /// For <paramref name="duration"/>: <paramref name="readers"/> clients read the home and an article page in a loop,
    /// and one submitter posts concerns one after another, each from the next of a hundred loopback addresses
    /// (127.0.0.20–119, each with its own allowance of the shared 20-posts-a-minute limit once nginx forwards it, so a
    /// quiet machine's pace stays under the limit). <paramref name="midway"/> runs once, after <paramref name="killAfter"/>.
    /// </summary>
    public static async Task<List<Outcome>> RunAsync(Uri balancer, int articleId, int villageId, int readers,
        TimeSpan duration, TimeSpan killAfter, Action midway, CancellationToken ct)
    {
        var outcomes = new ConcurrentBag<Outcome>();
        var stop = DateTime.UtcNow + duration;
        var killer = Task.Run(async () => { await Task.Delay(killAfter, ct); midway(); }, ct);
        var reading = Enumerable.Range(0, readers).Select(w => Task.Run(async () =>
        {
            using var client = ClientFrom(IPAddress.Parse($"127.0.0.{10 + w}"));
            while (DateTime.UtcNow < stop)
            {
                await Step(outcomes, "home", client.GetAsync(new Uri(balancer, "/"), ct));
                await Step(outcomes, "article", client.GetAsync(new Uri(balancer, $"/article/{articleId}"), ct));
            }
        }, ct)).ToList();
        var submitting = Task.Run(async () =>
        {
            var clients = Enumerable.Range(0, 100).Select(i => ClientFrom(IPAddress.Parse($"127.0.0.{20 + i}"))).ToList();
            try
            {
                for (var i = 0; DateTime.UtcNow < stop; i++)
                    await SubmitAsync(outcomes, clients[i % clients.Count], balancer, villageId, $"集群负载诉求 n{i} {Guid.NewGuid():N}", ct);
            }
            finally { clients.ForEach(c => c.Dispose()); }
        }, ct);
        await Task.WhenAll(reading.Append(submitting));
        await killer;
        return [.. outcomes];
    }

    private static async Task SubmitAsync(ConcurrentBag<Outcome> outcomes, HttpClient client, Uri balancer, int villageId,
        string description, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        try
        {
            var form = await client.GetAsync(new Uri(balancer, "/concerns/new"), ct);
            if (form.StatusCode != HttpStatusCode.OK)
            {
                outcomes.Add(new("form", started, DateTime.UtcNow, (int)form.StatusCode, null, null));
                return;
            }
            var token = Html.AntiforgeryToken(await Html.ParseAsync(form));
            started = DateTime.UtcNow;
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
