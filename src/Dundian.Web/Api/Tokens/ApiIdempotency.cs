using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dundian.Core.ApiAccess;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Api.Tokens;

/// <summary>
/// <c>Idempotency-Key</c> on the write API's POSTs (the IETF httpapi draft's header). With a key, the record and the
/// saved answer are written in one transaction; a retry with the same key and the same body gets the first answer
/// again (same status, same body, <c>Idempotent-Replayed: true</c>) and files nothing; the same key with another body
/// is 422; a retry racing the first request is 409. Keys live <see cref="ApiTokenService.IdempotencyHours"/> hours,
/// per token. Without a key a POST simply runs (and a retried POST may file twice: clients on mobile networks should send one).
/// </summary>
public sealed class ApiIdempotency(DundianDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key", ReplayedHeader = "Idempotent-Replayed";

    /// <summary>What a write produced: a refusal, or a created resource with its body and address.</summary>
    public sealed record Outcome(IResult? Refusal, object? Body = null, string? Location = null)
    {
        public static Outcome Refused(IResult refusal) => new(refusal);
        public static Outcome Created(object body, string location) => new(null, body, location);
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<IResult> RunAsync(HttpContext http, string operation, object request, Func<Task<Outcome>> write)
    {
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return Answer(await write());
        if (key.Length > 100 || key.Any(c => c < 0x21 || c > 0x7e))
            return ApiProblems.Invalid(Header, "Idempotency-Key 须为 1 到 100 个可见 ASCII 字符(建议用 UUID)。");

        var tokenId = int.Parse(http.User.FindFirstValue(ApiTokenAuthentication.TokenIdClaim)!, CultureInfo.InvariantCulture);
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), Json)));
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-ApiTokenService.IdempotencyHours);
        var earlier = await db.ApiIdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.TokenId == tokenId && r.Key == key && r.CreatedAt > since);
        if (earlier is not null) return Replay(http, earlier, operation, hash);

        await using var tx = await db.Database.BeginTransactionAsync();
        var outcome = await write();
        if (outcome.Refusal is not null) return outcome.Refusal; // the transaction is disposed unused: nothing written
        // Expired answers of this token go in the same breath, so the table stays small without a job.
        await db.ApiIdempotencyRecords.Where(r => r.TokenId == tokenId && r.CreatedAt <= since).ExecuteDeleteAsync();
        db.ApiIdempotencyRecords.Add(new ApiIdempotencyRecord
        {
            TokenId = tokenId, Key = key, Operation = operation, RequestHash = hash, StatusCode = StatusCodes.Status201Created,
            Location = outcome.Location, ResponseBody = JsonSerializer.Serialize(outcome.Body, outcome.Body!.GetType(), Json), CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        catch (DbUpdateException)
        {
            // Another request with this key committed first: roll back ours (record and resource alike).
            await tx.RollbackAsync();
            db.ChangeTracker.Clear();
            return ApiProblems.Conflict("相同 Idempotency-Key 的请求正在处理或刚刚完成,请稍后用同一个键重试以取得结果。");
        }
        return Answer(outcome);
    }

    private static IResult Replay(HttpContext http, ApiIdempotencyRecord earlier, string operation, string hash)
    {
        if (earlier.Operation != operation || earlier.RequestHash != hash)
            return ApiProblems.Unprocessable("该 Idempotency-Key 已用于另一个内容不同的请求;新的请求请使用新的键。");
        http.Response.Headers[ReplayedHeader] = "true";
        if (earlier.Location is not null) http.Response.Headers.Location = earlier.Location;
        return Results.Text(earlier.ResponseBody, "application/json; charset=utf-8", Encoding.UTF8, earlier.StatusCode);
    }

    private static IResult Answer(Outcome outcome) => outcome.Refusal ?? new CreatedJson(outcome.Location!, outcome.Body!);

    /// <summary>201 with the body serialised exactly as a replay would return it.</summary>
    private sealed class CreatedJson(string location, object body) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.Headers.Location = location;
            http.Response.ContentType = "application/json; charset=utf-8";
            return http.Response.WriteAsync(JsonSerializer.Serialize(body, body.GetType(), Json), Encoding.UTF8);
        }
    }
}
