using System.Globalization;
using System.Threading.RateLimiting;
using Dundian.Web.Cluster;
using Microsoft.AspNetCore.RateLimiting;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Every rate-limit policy in one place. Partitions are by client address (the real one behind a known proxy, see
/// <see cref="NetworkSetup"/>). In cluster mode <see cref="ClusterRateLimit"/> counts in Redis, so every node shares the counters.
/// </summary>
public static class RateLimits
{
    /// <summary>Forms anyone may post: concerns, comments, messages, Open311 posts.</summary>
    public const string PublicForm = "public-form";

    /// <summary>
    /// Sign-in posts, apart from the public forms so that residents filing concerns never use up the staff's sign-in
    /// attempts and the other way round. Per-account guessing is slowed by <c>SignInThrottle</c> as well.
    /// </summary>
    public const string SignIn = "sign-in";

    /// <summary>The article page's view beacon: generous for a reader, but one client cannot run a counter up quickly.</summary>
    public const string ArticleView = "article-view";

    /// <summary>
    /// The token write API (/api/v1): per token (the bearer secret's hash; the address when there is none), reads
    /// included, so one misbehaving app cannot crowd out the others behind the same county network.
    /// </summary>
    public const string Api = "api";

    public static IServiceCollection AddDundianRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            // Showing a form is not limited, so a whole office behind one NAT can open it freely; posting is.
            o.AddPolicy(PublicForm, context => PostsPerMinute(context, PublicForm, 20));
            o.AddPolicy(SignIn, context => PostsPerMinute(context, SignIn, 20));
            o.AddPolicy(Api, context => ClusterRateLimit.FixedWindow(context, Api, ApiClientKey(context), 120, TimeSpan.FromMinutes(1)));
            o.AddPolicy(ArticleView, context =>
                ClusterRateLimit.FixedWindow(context, ArticleView, ClientKey(context), 60, TimeSpan.FromMinutes(1)));
        });

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, string policy, int permits) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : ClusterRateLimit.FixedWindow(context, policy, ClientKey(context), permits, TimeSpan.FromMinutes(1));

    private static string ApiClientKey(HttpContext context)
    {
        // The limiter runs before authentication: key on the hash of what was presented (never the secret itself).
        var header = context.Request.Headers.Authorization.ToString();
        return header.Length == 0 ? ClientKey(context)
            : "token:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(header)))[..32];
    }

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// 429 with Retry-After (seconds, as the limiter knows it). API callers get a Chinese ProblemDetails; pages get
    /// the Chinese error page through the status-code pages.
    /// </summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ErrorResponses.IsApi(context))
            await ErrorResponses.WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "请求过于频繁",
                $"请求过于频繁,请 {seconds} 秒后再试。");
        else
            ErrorResponses.ReExecuteAsGet(context);
    }
}
