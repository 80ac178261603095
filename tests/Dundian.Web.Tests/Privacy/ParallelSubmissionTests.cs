using System.Net;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Dundian.Web.Tests.Concerns.MultipartForms;

namespace Dundian.Web.Tests.Privacy;

/// <summary>
/// Issue 9, point 3: residents posting at the same moment must all be answered. 64 public-form submissions with a
/// photo each, all at once (each from its own address, as the rate limit counts per address): every one succeeds,
/// every tracking number is unique, and every photo on disk has its row (no orphan files).
/// </summary>
public abstract class ParallelSubmissionTests(DundianApp app)
{
    private const int Submissions = 64;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int FilesOnDisk()
    {
        var uploads = Path.Combine(app.Database.Options.DataDirectory, "uploads");
        // Files being written sit in uploads/tmp until complete; only finished files count.
        return Directory.Exists(uploads)
            ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Count(f => !Path.GetRelativePath(uploads, f).StartsWith("tmp", StringComparison.Ordinal))
            : 0;
    }

    [Fact]
    public async Task Sixty_four_parallel_submissions_with_photos_all_succeed_with_unique_numbers_and_no_orphan_files()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var concernsBefore = await app.ConcernCountAsync();
        var forms = new List<(HttpClient Client, Dictionary<string, string> Form)>();
        for (var i = 0; i < Submissions; i++)
            forms.Add((app.Resident(), await app.ValidFormAsync($"并发提交测试 {run} 第 {i} 件:码头护栏断裂")));

        using var start = new SemaphoreSlim(0);
        var posts = forms.Select(async f =>
        {
            await start.WaitAsync(Ct);
            return await f.Client.PostMultipartAsync("/concerns/new", f.Form,
                [new Upload("Input.Photos", "现场.png", TestImages.Png(), "image/png")]);
        }).ToList();
        start.Release(Submissions);
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var numbers = await app.DbAsync(db => db.Concerns.Where(c => c.Description.Contains(run)).Select(c => c.TrackingNumber).ToListAsync(Ct));
        Assert.Equal(Submissions, numbers.Count);
        Assert.Equal(Submissions, numbers.Distinct().Count());
        Assert.Equal(concernsBefore + Submissions, await app.ConcernCountAsync());
        var photos = await app.DbAsync(db => db.ConcernPhotos.CountAsync(p => db.Concerns.Any(c => c.Id == p.ConcernId && c.Description.Contains(run)), Ct));
        Assert.Equal(Submissions, photos);
        Assert.Equal(await app.DbAsync(db => db.StoredFiles.CountAsync(Ct)), FilesOnDisk());
    }
}

public sealed class ParallelSubmissionTestsOnSqlite(SqliteApp app) : ParallelSubmissionTests(app), IClassFixture<SqliteApp>;
public sealed class ParallelSubmissionTestsOnPostgres(PostgresApp app) : ParallelSubmissionTests(app), IClassFixture<PostgresApp>;
