using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

public abstract class ConcernIntakeTests(MigratedDatabase database) : IAsyncLifetime
{
    private readonly ManualClock clock = new(new DateTimeOffset(2007, 4, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private int villageId, townId;
    private string Category => "roads" + suffix;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var town = await tree.AddAsync(null, "镇" + suffix, OrgLevel.Town, new DateOnly(2000, 1, 1));
        var village = await tree.AddAsync(town, "村" + suffix, OrgLevel.Village, new DateOnly(2000, 1, 1));
        (townId, villageId) = (town.Id, village.Id);
        db.ConcernCategories.Add(new ConcernCategory { Code = Category, Name = "道路交通", TimeLimitDays = 10 });
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private ConcernSubmission Valid(string text = "村口道路破损严重,雨天积水无法通行") =>
        new(Category, villageId, text, "王小明", "13812341234");

    [Fact]
    public async Task A_submission_gets_a_dated_random_number_and_a_query_code_that_tracks_it()
    {
        await using var db = database.NewContext();
        var intake = new ConcernIntake(db, clock);
        var (first, code) = await intake.SubmitAsync(Valid(), ConcernSource.Portal, null, Ct);
        var (second, _) = await intake.SubmitAsync(Valid("路灯损坏,夜间出行不便"), ConcernSource.Hotline, "operator", Ct);

        // The date of receipt, then random digits: the next number is not the previous one plus one.
        Assert.Matches(@"^20070402\d{8}$", first.TrackingNumber);
        Assert.Matches(@"^20070402\d{8}$", second.TrackingNumber);
        Assert.NotEqual(long.Parse(first.TrackingNumber) + 1, long.Parse(second.TrackingNumber));
        Assert.Matches(@"^\d{6}$", code);
        Assert.DoesNotContain(code, first.QueryCodeHash);

        var tracked = await intake.TrackAsync(first.TrackingNumber, code, Ct);
        Assert.NotNull(tracked);
        Assert.Equal(ConcernStatus.Received, tracked.Status);
        Assert.Single(tracked.Events);
    }

    [Fact]
    public async Task A_number_drawn_twice_is_retried_with_a_fresh_number_in_a_rebuilt_write()
    {
        await using var db = database.NewContext();
        var intake = new ConcernIntake(db, clock);
        var (first, _) = await intake.SubmitAsync(Valid(), ConcernSource.Portal, null, Ct);
        // The next draws clash with the first number twice, then give a free one.
        var draws = new Queue<string>([first.TrackingNumber, first.TrackingNumber, "2007040299999999"]);
        intake.NewTrackingNumber = _ => draws.Dequeue();

        var (second, code) = await intake.SubmitAsync(Valid("路灯损坏,夜间出行不便"), ConcernSource.Hotline, "operator", Ct);

        Assert.Equal("2007040299999999", second.TrackingNumber);
        Assert.Empty(draws);
        await using var check = database.NewContext();
        var stored = await check.Concerns.Include(c => c.Events).SingleAsync(c => c.Id == second.Id, Ct);
        Assert.Single(stored.Events);
        Assert.NotNull(await new ConcernIntake(check, clock).TrackAsync(second.TrackingNumber, code, Ct));
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_number_reveal_nothing()
    {
        await using var db = database.NewContext();
        var intake = new ConcernIntake(db, clock);
        var (concern, code) = await intake.SubmitAsync(Valid(), ConcernSource.Portal, null, Ct);
        var wrong = code == "000000" ? "000001" : "000000";
        Assert.Null(await intake.TrackAsync(concern.TrackingNumber, wrong, Ct));
        Assert.Null(await intake.TrackAsync(concern.TrackingNumber, "", Ct));
        Assert.Null(await intake.TrackAsync("19990101" + "00000001", code, Ct));
    }

    public static TheoryData<string> BadInputs => new() { "empty", "short", "script", "category", "town", "phone", "long" };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_chinese_message_and_stores_nothing(string kind)
    {
        await using var db = database.NewContext();
        var intake = new ConcernIntake(db, clock);
        var input = kind switch
        {
            "empty" => Valid("   "),
            "short" => Valid("路坏"),
            "script" => Valid("道路坏了<script>alert(1)</script>"),
            "category" => Valid() with { CategoryCode = "no-such-service" },
            "town" => Valid() with { VillageId = townId },
            "phone" => Valid() with { ReporterPhone = "12345" },
            _ => Valid(new string('路', ConcernIntake.MaxDescription + 1)),
        };
        var before = await db.Concerns.CountAsync(Ct);
        var error = await Assert.ThrowsAsync<ConcernInputException>(() => intake.SubmitAsync(input, ConcernSource.Portal, null, Ct));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        Assert.Equal(before, await db.Concerns.CountAsync(Ct));
    }

    [Fact]
    public async Task Similar_text_in_the_same_village_and_category_is_suggested_as_a_duplicate()
    {
        await using var db = database.NewContext();
        var intake = new ConcernIntake(db, clock);
        var (a, _) = await intake.SubmitAsync(Valid("村口道路破损严重,下雨天积水无法通行"), ConcernSource.Portal, null, Ct);
        var (b, _) = await intake.SubmitAsync(Valid("村口的道路破损严重,雨天积水,无法通行"), ConcernSource.Hotline, "op", Ct);
        var (c, _) = await intake.SubmitAsync(Valid("希望增加村里的文化活动场所"), ConcernSource.Portal, null, Ct);

        var suggestions = await intake.SuggestDuplicatesAsync(b, Ct);
        Assert.Contains(suggestions, s => s.Id == a.Id);
        Assert.DoesNotContain(suggestions, s => s.Id == c.Id);
    }
}

public sealed class ConcernIntakeTestsOnSqlite(SqliteDatabase db) : ConcernIntakeTests(db), IClassFixture<SqliteDatabase>;
public sealed class ConcernIntakeTestsOnPostgres(PostgresDatabase db) : ConcernIntakeTests(db), IClassFixture<PostgresDatabase>;
