using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Commitments;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Commitments;

/// <summary>The staff side: who reaches which commitment, the whole flow to 兑现, refused steps.</summary>
public abstract class CommitmentStaffTests(DundianApp app)
{
    private Task<(HttpClient Client, AppUser User)> SignInAsync(StaffRole role, string unit) =>
        app.SignInAsync(role, unit, "commit", ConcernClients.NewIp());

    private Task<CommitmentStatus> StatusAsync(int id) =>
        app.DbAsync(db => db.PublicCommitments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    [Fact]
    public async Task A_cadre_is_refused_the_commitment_pages()
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Hollow);
        var (cadre, _) = await SignInAsync(StaffRole.Cadre, "象山县");
        foreach (var url in new[] { "/manage/commitments", $"/manage/commitments/{id}", "/manage/commitments/new" })
        {
            var response = await cadre.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.RedirectTarget());
        }
        Assert.DoesNotContain("/manage/commitments", await (await cadre.GetAsync("/manage")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_office_creates_a_commitment_and_takes_it_to_completion_and_the_public_page_shows_it()
    {
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        Assert.Contains("/manage/commitments", await (await office.GetAsync("/manage")).Content.ReadAsStringAsync());
        var title = "建设东门渔村文化礼堂 " + Guid.NewGuid().ToString("N")[..6];
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(CultureInfo.InvariantCulture);
        var created = await office.PostFormAsync("/manage/commitments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Content"] = "年内建成东门渔村文化礼堂。", ["Input.MadeBy"] = "县文化和广电旅游体育局",
            ["Input.MadeByTitle"] = "主要负责人", ["Input.Channel"] = "Hotline", ["Input.OwnerUnitId"] = unit,
            ["Input.MadeOn"] = "2026-01-10", ["Input.Deadline"] = "2099-12-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.CommitmentIdAsync(title);

        Assert.Equal(HttpStatusCode.Redirect, (await office.CommitmentStepAsync(id, "AddMilestone", new() { ["title"] = "完成主体建设", ["dueOn"] = "2099-06-30" })).StatusCode);
        var milestone = await app.DbAsync(db => db.PublicCommitments.Where(c => c.Id == id).SelectMany(c => c.Milestones).Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await office.CommitmentStepAsync(id, "Report", new() { ["text"] = "主体结构封顶", ["percent"] = "60" })).StatusCode);

        // Completing with an open milestone is refused with the entity's message, and nothing changes.
        var refused = await office.CommitmentStepAsync(id, "Complete", new() { ["outcome"] = "已建成" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("还有未完成的节点:完成主体建设", await refused.Content.ReadAsStringAsync());
        Assert.Equal(CommitmentStatus.InProgress, await StatusAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await office.CommitmentStepAsync(id, "CompleteMilestone", new() { ["milestoneId"] = milestone.ToString(CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.CommitmentStepAsync(id, "Complete", new() { ["outcome"] = "文化礼堂已建成并投入使用。" })).StatusCode);
        Assert.Equal(CommitmentStatus.Completed, await StatusAsync(id));

        var page = await app.Visitor().GetDocumentAsync($"/commitments/{id}");
        Assert.Equal("已兑现", page.QuerySelector("#commitment-status")?.TextContent);
        Assert.Equal("文化礼堂已建成并投入使用。", page.QuerySelector("#commitment-outcome")?.TextContent);
        Assert.Contains("主体结构封顶", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("form.commitment-verdict-form"));
        Assert.Contains(title, (await app.Visitor().GetDocumentAsync("/commitments")).Body!.TextContent);
    }

    [Fact]
    public async Task An_editor_reaches_the_list_and_a_refused_step_changes_nothing()
    {
        var id = await app.CommitmentIdAsync(CommitmentClients.Hollow);
        var (editor, _) = await SignInAsync(StaffRole.Editor, "象山县");
        Assert.Contains(CommitmentClients.Hollow, (await editor.GetDocumentAsync("/manage/commitments")).Body!.TextContent);

        var response = await editor.CommitmentStepAsync(id, "Report", new() { ["text"] = "倒退", ["percent"] = "10" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("进度不能低于当前的 40%。", await response.Content.ReadAsStringAsync());
        var stored = await app.DbAsync(db => db.PublicCommitments.Include(c => c.Updates).SingleAsync(c => c.Id == id));
        Assert.Equal(40, stored.ProgressPercent);
        Assert.Single(stored.Updates);
    }

    [Fact]
    public async Task A_town_office_cannot_open_or_act_on_a_county_commitment()
    {
        var county = await app.CommitmentIdAsync(CommitmentClients.Hollow);
        var own = await app.CommitmentIdAsync("修复渔港码头至村口道路");
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "石浦镇");

        var list = (await office.GetDocumentAsync("/manage/commitments")).Body!.TextContent;
        Assert.Contains("修复渔港码头至村口道路", list);
        Assert.DoesNotContain(CommitmentClients.Hollow, list);
        var denied = await office.GetAsync($"/manage/commitments/{county}");
        Assert.StartsWith("/account/access-denied", denied.RedirectTarget());

        // A forged post on the county's commitment (token taken from an allowed page) changes nothing.
        var forged = await office.PostFormAsync($"/manage/commitments/{own}", new Dictionary<string, string> { ["text"] = "伪造进展", ["percent"] = "90" },
            $"/manage/commitments/{county}?handler=Report");
        Assert.StartsWith("/account/access-denied", forged.RedirectTarget());
        Assert.Equal(40, await app.DbAsync(db => db.PublicCommitments.Where(c => c.Id == county).Select(c => c.ProgressPercent).SingleAsync()));

        // Nor can it move its own commitment to a unit outside its scope.
        var moved = await office.CommitmentStepAsync(own, "Edit", new()
        {
            ["Input.Title"] = "修复渔港码头至村口道路", ["Input.Content"] = "改", ["Input.MadeBy"] = "县交通运输局",
            ["Input.Channel"] = "Hotline", ["Input.OwnerUnitId"] = (await app.OrgUnitIdAsync("象山县")).ToString(CultureInfo.InvariantCulture),
            ["Input.MadeOn"] = "2026-01-10", ["Input.Deadline"] = "2099-12-31",
        });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("请选择您管理范围内的责任单位。", await moved.Content.ReadAsStringAsync());
        Assert.Equal(await app.OrgUnitIdAsync("石浦镇"), await app.DbAsync(db => db.PublicCommitments.Where(c => c.Id == own).Select(c => c.OwnerUnitId).SingleAsync()));
    }
}

public sealed class CommitmentStaffTestsOnSqlite(SqliteApp app) : CommitmentStaffTests(app), IClassFixture<SqliteApp>;
public sealed class CommitmentStaffTestsOnPostgres(PostgresApp app) : CommitmentStaffTests(app), IClassFixture<PostgresApp>;
