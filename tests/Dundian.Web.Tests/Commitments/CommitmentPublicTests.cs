using System.Net;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Xunit;

namespace Dundian.Web.Tests.Commitments;

/// <summary>The public side: the list with its overdue flag, the detail page and residents' verdicts.</summary>
public abstract class CommitmentPublicTests(DundianApp app)
{
    private static Dictionary<string, string> Verdict(string verdict, string? comment = null, string? nickname = null)
    {
        var form = new Dictionary<string, string> { ["Verdict"] = verdict };
        if (comment is not null) form["Comment"] = comment;
        if (nickname is not null) form["Nickname"] = nickname;
        return form;
    }

    [Fact]
    public async Task The_list_shows_the_demo_commitments_and_flags_only_the_overdue_one()
    {
        var response = await app.Visitor().GetAsync("/commitments");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var items = doc.QuerySelectorAll("li[data-commitment]").ToList();
        Assert.True(items.Count >= 5);
        var fishing = items.Single(li => li.TextContent.Contains(CommitmentClients.Fishing));
        var hollow = items.Single(li => li.TextContent.Contains(CommitmentClients.Hollow));
        Assert.Contains("周江勇", fishing.TextContent);
        Assert.Contains("已兑现", fishing.TextContent);
        Assert.Null(fishing.QuerySelector(".badge-overdue"));
        Assert.Contains("李关定", hollow.TextContent);
        Assert.Equal("已超期", hollow.QuerySelector(".badge-overdue")?.TextContent);
        Assert.Single(items, li => li.QuerySelector(".badge-overdue") is not null);
        Assert.Contains(items, li => li.TextContent.Contains("阳光热线"));
    }

    [Fact]
    public async Task The_completed_commitment_shows_its_milestones_progress_and_verdicts_and_takes_a_verdict()
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var visitor = app.Visitor();
        var doc = await visitor.GetDocumentAsync($"/commitments/{id}");
        Assert.Equal("已兑现", doc.QuerySelector("#commitment-status")?.TextContent);
        Assert.Contains("首批示范户开门迎客", doc.Body!.TextContent);
        Assert.Contains("首批 12 户渔家乐开门迎客", doc.Body.TextContent);
        Assert.Contains("共3条评价", Html.Squash(doc.QuerySelector("#verdict-summary")!.TextContent));
        Assert.NotNull(doc.QuerySelector("form.commitment-verdict-form"));

        var before = await app.VerdictCountAsync();
        var posted = await visitor.PostFormAsync($"/commitments/{id}", Verdict("BasicallySatisfied", "项目不错,希望多宣传", "王小明"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(before + 1, await app.VerdictCountAsync());
        var after = await (await visitor.GetAsync($"/commitments/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("感谢您的评价", after);
        Assert.Contains("项目不错,希望多宣传", after);
        Assert.Contains("王**", after);
        Assert.DoesNotContain("王小明", after);
    }

    [Fact]
    public async Task A_verdict_on_a_commitment_not_yet_completed_is_refused_and_nothing_is_stored()
    {
        var fishing = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var hollow = await app.CommitmentIdAsync(CommitmentClients.Hollow);
        var visitor = app.Visitor();
        Assert.Null((await visitor.GetDocumentAsync($"/commitments/{hollow}")).QuerySelector("form.commitment-verdict-form"));

        var before = await app.VerdictCountAsync();
        // The form is not offered there; a hand-made post (token from another page) is refused by the entity.
        var response = await visitor.PostFormAsync($"/commitments/{fishing}", Verdict("Satisfied"), $"/commitments/{hollow}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("承诺兑现后才能评价。", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.VerdictCountAsync());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "评价意见不能包含网页代码")]
    [InlineData(null, "请选择评价")]
    public async Task Markup_in_the_comment_or_a_missing_verdict_is_refused_and_nothing_is_stored(string? comment, string message)
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var before = await app.VerdictCountAsync();
        var form = comment is null ? new Dictionary<string, string> { ["Comment"] = "好" } : Verdict("Unsatisfied", comment);
        var response = await app.Visitor().PostFormAsync($"/commitments/{id}", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal(before, await app.VerdictCountAsync());
    }

    [Fact]
    public async Task A_verdict_post_without_the_antiforgery_token_is_refused()
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var before = await app.VerdictCountAsync();
        var response = await app.Visitor().PostAsync($"/commitments/{id}", new FormUrlEncodedContent(Verdict("Satisfied", "伪造")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.VerdictCountAsync());
    }

    [Fact]
    public async Task Verdict_posts_are_rate_limited_per_address_and_the_portal_links_to_the_list()
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Fishing);
        var client = app.Visitor(); // one address for all posts below
        var refused = new Dictionary<string, string> { ["Comment"] = "未选择评价" }; // counted by the limiter, stores nothing
        HttpResponseMessage? last = null;
        for (var i = 0; i < 25 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await client.PostFormAsync($"/commitments/{id}", refused);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/commitments/{id}")).StatusCode); // reading stays open

        var home = await (await app.Visitor().GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/commitments\"", home);
        Assert.Contains("公开承诺", home);
    }

    [Fact]
    public async Task An_unknown_commitment_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Visitor().GetAsync("/commitments/999999")).StatusCode);
    }
}

public sealed class CommitmentPublicTestsOnSqlite(SqliteApp app) : CommitmentPublicTests(app), IClassFixture<SqliteApp>;
public sealed class CommitmentPublicTestsOnPostgres(PostgresApp app) : CommitmentPublicTests(app), IClassFixture<PostgresApp>;
