using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Testing;
using Dundian.Web.Cluster;
using Dundian.Web.Portal;
using Dundian.Web.Tests.Newsroom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Dundian.Web.Tests.Cluster;

/// <summary>
/// Two nodes behind nginx on PostgreSQL and Redis (scripts/cluster.sh): what one node does, the other sees at once.
/// The tests share one cluster and run in any order: the one that kills a node starts it again.
/// </summary>
public sealed class ClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private Uri A => cluster.Nodes[0];
    private Uri B => cluster.Nodes[1];

    [Fact]
    public async Task T1_SignInOnOneNode_IsAcceptedByTheOther()
    {
        var cookies = await cluster.AdminAsync();
        var first = cluster.FirstSignIn;
        Assert.Equal(HttpStatusCode.Redirect, first.Login);             // node 1 signed in (on to change the password)
        Assert.Equal(HttpStatusCode.OK, first.FormOnOther);             // node 2 read node 1's cookie: no trip to the login page
        Assert.Equal(HttpStatusCode.Redirect, first.ChangeOnOther);     // and node 1's antiforgery cookie with its own form
        Assert.DoesNotContain("/account/login", first.ChangeTarget, StringComparison.Ordinal);
        using var client = ClusterFixture.Client(cookies);
        foreach (var node in cluster.Nodes)
        {
            var manage = await client.GetAsync(new Uri(node, "/manage"), Ct);
            Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        }
        // A client without the cookie is sent to the login page: the 200s above are the cookie's doing.
        using var stranger = ClusterFixture.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync(new Uri(B, "/manage"), Ct)).StatusCode);
    }

    [Fact]
    public async Task T2_PublishOnOneNode_ChangesTheCachedPageOfTheOther_AndIsSearchableThere()
    {
        var cookies = await cluster.AdminAsync();
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        int channelId;
        await using (var db = cluster.Db())
        {
            var adminId = await db.Users.Where(u => u.UserName == FirstAdmin.UserName).Select(u => u.Id).SingleAsync(Ct);
            var channel = new Channel { Slug = slug, Name = "集群栏目" + slug[..4], ReviewLevels = 1, SortOrder = 95 };
            db.Channels.Add(channel);
            await db.SaveChangesAsync(Ct);
            db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = 1, UserId = adminId });
            await db.SaveChangesAsync(Ct);
            channelId = channel.Id;
        }
        using var reader = ClusterFixture.Client();
        var pageOnB = new Uri(B, $"/channel/{slug}");
        // Node B renders the channel page once and caches it.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(pageOnB, Ct)).StatusCode);
        var marker = "集群同步验证" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        Assert.DoesNotContain(marker, await reader.GetStringAsync(pageOnB, Ct), StringComparison.Ordinal);

        // The demo's editor writes and submits, the admin (the channel's reviewer) publishes: nobody approves his own.
        using var editor = ClusterFixture.Client(await cluster.EditorAsync());
        using var reviewer = ClusterFixture.Client(cookies);
        var onA = (string path) => new Uri(A, path).ToString();
        var created = await editor.PostFormAsync(onA("/manage/articles/edit"),
            NewsroomClients.Fields(channelId, marker + " 渔港夜市开张", "<p>象山石浦渔港夜市开张,群众点赞。</p>"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(onA($"/manage/articles/edit/{id}"),
            new Dictionary<string, string>(), onA($"/manage/articles/edit/{id}?handler=Submit"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(onA($"/manage/articles/{id}/review"),
            new Dictionary<string, string> { ["reason"] = "" }, onA($"/manage/articles/{id}/review?handler=Approve"))).StatusCode);
        await using (var db = cluster.Db())
            Assert.Equal(ArticleStatus.Published, await db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct));

        // At once: the first request to node B after the publish on node A shows the article.
        Assert.Contains(marker, await reader.GetStringAsync(pageOnB, Ct), StringComparison.Ordinal);

        // Within seconds: node B's own index has it (node B learns of it only from the indexing tasks).
        var search = new Uri(B, "/search?q=" + Uri.EscapeDataString(marker));
        var found = false;
        for (var wait = Stopwatch.StartNew(); !found && wait.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(250, Ct))
            found = (await reader.GetStringAsync(search, Ct)).Contains($"/article/{id}", StringComparison.Ordinal);
        Assert.True(found, "node B's search never found the article published on node A");
    }

    [Fact]
    public async Task T3_Escalation_RunsOncePerInterval_WithTwoNodes()
    {
        int concernId;
        await using (var db = cluster.Db())
        {
            var village = await db.OrgUnits.Where(u => u.Name == "东门渔村").Select(u => u.Id).SingleAsync(Ct);
            var tenDaysAgo = new ManualClock(DateTimeOffset.UtcNow.AddDays(-10));
            var category = await db.ConcernCategories.Select(c => c.Code).FirstAsync(Ct);
            var (concern, _) = await new ConcernIntake(db, tenDaysAgo)
                .SubmitAsync(new ConcernSubmission(category, village, "集群督办测试:村口路灯不亮"), ConcernSource.Portal, null, Ct);
            concern.Assign(village, 1, tenDaysAgo.GetUtcNow().UtcDateTime, "office");
            await db.SaveChangesAsync(Ct);
            concernId = concern.Id;
        }
        var logsBefore = cluster.Nodes.Select((_, i) => Runs(cluster.NodeLog(i + 1)).Count).ToArray();
        var window = Stopwatch.StartNew();
        await Task.Delay(ClusterFixture.EscalationInterval * 6, Ct);
        var elapsed = window.Elapsed;
        var runs = cluster.Nodes.Select((_, i) => Runs(cluster.NodeLog(i + 1)).Count - logsBefore[i]).ToArray();

        // Both nodes tick every interval; with the lease the cluster runs the job about once per interval, not twice.
        var total = runs.Sum();
        Assert.True(total >= 1, "the escalation job never ran");
        var atMost = (int)(elapsed / (ClusterFixture.EscalationInterval * 0.9)) + 1;
        Assert.True(total <= atMost, $"escalation ran {total} times in {elapsed.TotalSeconds:0} s on two nodes (at most {atMost} allowed): {string.Join(", ", runs)}");

        await using (var db = cluster.Db())
        {
            var concern = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == concernId, Ct);
            Assert.Equal(ConcernEscalation.MaxLevel, concern.EscalationLevel);
            var escalations = await db.ConcernEvents.CountAsync(e => e.ConcernId == concernId && e.Kind == ConcernEventKind.Escalated, Ct);
            Assert.Equal(ConcernEscalation.MaxLevel, escalations); // one event per level, not one per node
            var notices = await db.InboxEntries.Where(e => e.ConcernId == concernId)
                .GroupBy(e => new { e.EscalationLevel, e.RecipientUserId }).Select(g => g.Count()).ToListAsync(Ct);
            Assert.All(notices, n => Assert.Equal(1, n));
        }
    }

    [Fact]
    public async Task T4_RateLimit_IsCountedAcrossNodes()
    {
        // The view beacon allows 60 posts a minute per address. 40 on node A and 20 on node B use them all up;
        // one more on node B is refused although node B alone has seen only 20.
        int articleId;
        await using (var db = cluster.Db())
            articleId = await db.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).FirstAsync(Ct);
        using var client = ClusterFixture.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
            statuses.Add((await client.PostAsync(new Uri(i < 40 ? A : B, $"/article/{articleId}/view"), null, Ct)).StatusCode);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var refused = await client.PostAsync(new Uri(B, $"/article/{articleId}/view"), null, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync(new Uri(A, $"/article/{articleId}/view"), null, Ct)).StatusCode);
    }

    [Fact]
    public async Task T5_KillingANodeUnderLoad_LosesNoAcknowledgedWrite_AndTheSurvivorServesOn()
    {
        int articleId, villageId;
        await using (var db = cluster.Db())
        {
            articleId = await db.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).FirstAsync(Ct);
            villageId = await db.OrgUnits.Where(u => u.Name == "东门渔村").Select(u => u.Id).SingleAsync(Ct);
        }
        var victim = Process.GetProcessById(cluster.NodePid(2));
        DateTime killedAt = DateTime.MaxValue, goneAt = DateTime.MaxValue;
        List<ClusterLoad.Outcome> outcomes;
        try
        {
            outcomes = await ClusterLoad.RunAsync(cluster.Balancer, articleId, villageId, readers: 5,
                duration: TimeSpan.FromSeconds(20), killAfter: TimeSpan.FromSeconds(7), midway: () =>
                {
                    killedAt = DateTime.UtcNow;
                    victim.Kill(); // SIGKILL: no graceful shutdown, requests in flight are cut
                    // The kernel tears a large process down in tens of milliseconds, and its listening socket still
                    // accepts connections meanwhile: a request nginx sends it then is in flight on the killed node too.
                    victim.WaitForExit(10_000);
                    goneAt = DateTime.UtcNow;
                }, Ct);
            Assert.True(victim.HasExited);
        }
        finally
        {
            // The other tests of the class need both nodes, whatever order they run in.
            if (victim.HasExited) await cluster.StartNodeAsync(2);
        }

        // Every submission the cluster acknowledged (302 to the confirmation) is in the database.
        var acknowledged = outcomes.Where(o => o.Kind == "submit" && o.Status == 302).Select(o => o.Description!).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"load: {outcomes.Count(o => o.Kind != "submit")} reads, {outcomes.Count(o => o.Kind == "submit")} submissions " +
            $"({acknowledged.Count} acknowledged), {outcomes.Count(o => o.Status == 0 || o.Status >= 500)} failed in flight; " +
            $"{outcomes.Count(o => o.Started > killedAt)} requests after the kill; the node took {(goneAt - killedAt).TotalMilliseconds:0} ms to die");
        Assert.NotEmpty(acknowledged);
        await using (var db = cluster.Db())
        {
            var stored = await db.Concerns.Where(c => c.Description.StartsWith("集群负载诉求")).Select(c => c.Description).ToListAsync(Ct);
            Assert.Empty(acknowledged.Except(stored));
        }

        // Failures (5xx or a broken connection) only for requests that were in flight while the node died.
        var failed = outcomes.Where(o => o.Status == 0 || o.Status >= 500).ToList();
        Assert.All(failed, f => Assert.True(f.Started <= goneAt && f.Ended >= killedAt,
            $"{f.Kind} started {f.Started:HH:mm:ss.fff}, ended {f.Ended:HH:mm:ss.fff}, status {f.Status} {f.Error} " +
            $"(kill at {killedAt:HH:mm:ss.fff}, gone at {goneAt:HH:mm:ss.fff})"));
        // Nothing else went wrong either: refusals (429) or other errors would hide lost work.
        Assert.All(outcomes.Except(failed), o => Assert.True(o.Status is 200 or 302, $"{o.Kind}: {o.Status}"));

        // The survivor serves on: reads and writes after the kill succeeded, through nginx and on node 1 directly.
        var after = outcomes.Where(o => o.Started > killedAt.AddSeconds(1)).ToList();
        Assert.Contains(after, o => o.Kind == "submit" && o.Status == 302);
        Assert.Contains(after, o => o.Kind == "home" && o.Status == 200);
        using var client = ClusterFixture.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(A, "/health"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(cluster.Balancer, "/"), Ct)).StatusCode);
    }

    // One JSON log line per run (the message also appears in its state: count lines, not matches).
    private static List<string> Runs(string log) =>
        [.. log.Split('\n').Where(l => l.Contains("Concern escalation ran on", StringComparison.Ordinal))];

    /// <summary>
    /// Two relays on the cluster's real Redis, as two nodes run them: a mark made by a write on one node reaches the
    /// other, which marks the tag (its renders in flight do not store) and evicts it from the shared store once more.
    /// </summary>
    [Fact]
    public async Task T6_AnEvictionMarkOnOneNode_MarksAndEvictsOnTheOther()
    {
        var redisPort = (await File.ReadAllTextAsync(Path.Combine(cluster.Dir, "redis.port"), Ct)).Trim();
        var redis = RedisConnection.Connect("127.0.0.1:" + redisPort);
        await using var services = new ServiceCollection()
            .AddStackExchangeRedisOutputCache(o => o.Configuration = "127.0.0.1:" + redisPort).BuildServiceProvider();
        var store = services.GetRequiredService<IOutputCacheStore>();
        var (marksA, marksB) = (new CacheEvictionMarks(), new CacheEvictionMarks());
        var nodeA = new EvictionMarksRelay(redis, marksA, store, NullLogger<EvictionMarksRelay>.Instance);
        var nodeB = new EvictionMarksRelay(redis, marksB, store, NullLogger<EvictionMarksRelay>.Instance);
        await nodeA.StartAsync(Ct);
        await nodeB.StartAsync(Ct);
        try
        {
            // A page node B rendered from the old rows and stored after node A's own eviction had run.
            var tag = "relay-test:" + Guid.NewGuid().ToString("N");
            await store.SetAsync("relay-test-page-" + tag, "旧页面"u8.ToArray(), [tag], TimeSpan.FromMinutes(1), Ct);
            var startedOnB = marksB.Current;

            marksA.Mark(tag);

            for (var i = 0; i < 100 && marksB.MarkedSince(startedOnB, [tag]).Count == 0; i++) await Task.Delay(50, Ct);
            Assert.Equal([tag], marksB.MarkedSince(startedOnB, [tag]));
            for (var i = 0; i < 100 && await store.GetAsync("relay-test-page-" + tag, Ct) is not null; i++) await Task.Delay(50, Ct);
            Assert.Null(await store.GetAsync("relay-test-page-" + tag, Ct));
            // Node A ignored its own message: one mark, not two.
            Assert.Equal(1, marksA.Current);
        }
        finally
        {
            await nodeA.StopAsync(Ct);
            await nodeB.StopAsync(Ct);
            await redis.Multiplexer.DisposeAsync();
        }
    }

    [Fact]
    public async Task T7_WithRedisDown_EachNodeServesOnAlone_AndUsesRedisAgainOnceItIsBack()
    {
        int articleId;
        await using (var db = cluster.Db())
            articleId = await db.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Id).FirstAsync(Ct);
        using var client = ClusterFixture.Client();
        await cluster.StopRedisAsync();
        try
        {
            // The output cache, the rate limits and the sign-in throttle live in Redis; each falls back to the node.
            foreach (var node in cluster.Nodes.Append(cluster.Balancer))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(node, "/"), Ct)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(node, $"/article/{articleId}"), Ct)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri(node, $"/article/{articleId}/view"), null, Ct)).StatusCode);
                var login = await client.PostFormAsync(new Uri(node, "/account/login").ToString(), new Dictionary<string, string>
                {
                    ["Input.UserName"] = "redis-down-guesser", ["Input.Password"] = "wrong-password-1",
                });
                Assert.Equal(HttpStatusCode.OK, login.StatusCode); // the form again with its message, not a 500
                Assert.Contains("用户名或密码", await login.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
        }
        finally
        {
            await cluster.StartRedisAsync();
        }

        // Back: the multiplexer reconnects by itself and pages are stored in Redis again (served with an Age).
        var cached = false;
        for (var i = 0; i < 60 && !cached; i++)
        {
            await client.GetAsync(new Uri(A, "/"), Ct);
            cached = (await client.GetAsync(new Uri(A, "/"), Ct)).Headers.Age is not null;
            if (!cached) await Task.Delay(500, Ct);
        }
        Assert.True(cached, "node 1 did not cache the home page in Redis again within 30 s of Redis coming back");
    }

    [Fact]
    public async Task T8_AnImageUploadedOnOneNode_IsServedByTheOther_FromTheSharedStore()
    {
        using var admin = ClusterFixture.Client(await cluster.AdminAsync());
        var png = TestImages.Png(90, 60);
        var response = await admin.PostMultipartAsync(new Uri(A, "/manage/articles/edit").ToString(), new Uri(A, "/manage/articles/images").ToString(),
            new() { ["alt"] = "集群上传" }, ("file", "集群.png", png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("url").GetString()!;
        var id = Guid.Parse(url["/files/".Length..]);
        string path;
        await using (var db = cluster.Db())
            path = await db.StoredFiles.Where(f => f.Id == id).Select(f => f.StoragePath).SingleAsync(Ct);

        using var reader = ClusterFixture.Client();
        var served = await reader.GetAsync(new Uri(B, url), Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(Ct));
        // In the shared store (the bucket, or the one shared folder), never under a node's own data folder.
        var s3Url = Path.Combine(cluster.Dir, "s3.url");
        if (File.Exists(s3Url))
        {
            using var s3 = Dundian.Core.Uploads.S3UploadStorage.CreateClient(new Dundian.Core.Uploads.S3UploadOptions
            {
                ServiceUrl = File.ReadAllText(s3Url).Trim(), Bucket = "dundian-uploads", AccessKey = "S3RVER", SecretKey = "S3RVER",
            });
            Assert.Equal(png.Length, (await s3.GetObjectMetadataAsync("dundian-uploads", path, Ct)).ContentLength);
        }
        else Assert.True(File.Exists(Path.Combine(cluster.Dir, "uploads", path)));
        foreach (var node in new[] { 1, 2 })
            Assert.False(File.Exists(Path.Combine(cluster.Dir, $"node{node}", "data", "uploads", path)));
    }
}
