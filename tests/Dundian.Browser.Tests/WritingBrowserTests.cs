using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The office publishes an approved field note on a desktop; a reader finds it on the campaign 专题 on a phone and
/// reads it, with the resident it names masked. SQLite only: the flow itself is tested on both providers in
/// Dundian.Web.Tests.
/// </summary>
public sealed class WritingBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Field#Note-2026";
    private const string Title = "守着渔港过春汛——联系村蹲点手记";

    [Fact]
    public async Task Office_publishes_a_note_and_a_reader_reads_it_on_a_phone()
    {
        var (campaignId, noteId) = await ApprovedNoteAsync();
        await app.CreateStaffAsync("office-writings", Password, StaffRole.CampaignOffice, "象山县");

        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var office = await desk.NewPageAsync();
        var officeProblems = new PageProblems(office);
        await SignInAsync(office, "office-writings");
        await office.GotoAsync($"/manage/writings/notes/{noteId}");
        await office.GetByRole(AriaRole.Button, new() { Name = "发布到专题" }).ClickAsync();
        await Expect(office.Locator(".message-ok")).ToContainTextAsync("已发布到蹲点调研专题");
        await Expect(office.Locator("#writing-status")).ToHaveTextAsync("已发布");
        await Screenshots.SaveAsync(office, "field-note-staff-published-desktop");

        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var reader = await phone.NewPageAsync();
        var readerProblems = new PageProblems(reader);
        await reader.GotoAsync($"/topics/campaign/{campaignId}");
        await reader.Locator(".campaign-writing-list a", new() { HasText = Title }).ClickAsync();
        await Expect(reader.Locator("h1.article-title")).ToHaveTextAsync(Title);
        await Expect(reader.Locator("#article-body")).ToContainTextAsync("林**");
        await Expect(reader.Locator("#article-body")).Not.ToContainTextAsync("林阿水");
        await Expect(reader.Locator(".writing-author")).ToContainTextAsync("作者:");
        Assert.True(await reader.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the field note scrolls sideways on a phone");
        await Screenshots.SaveAsync(reader, "field-note-public-phone");
        await reader.GotoAsync($"/topics/campaign/{campaignId}");
        await reader.Locator("#campaign-writings-head").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(reader, "campaign-topic-writings-phone", fullPage: false);

        // The office's register on a phone: cards, no sideways scrolling.
        await using var officePhone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var register = await officePhone.NewPageAsync();
        var registerProblems = new PageProblems(register);
        await SignInAsync(register, "office-writings");
        await register.GotoAsync("/manage/households");
        await Expect(register.Locator("table.households")).ToContainTextAsync("林阿水");
        Assert.True(await register.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the register scrolls sideways on a phone");
        await Screenshots.SaveAsync(register, "household-register-phone", fullPage: false);

        Assert.Empty(officeProblems.All);
        Assert.Empty(readerProblems.All);
        Assert.Empty(registerProblems.All);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>A note by the leader of group 2, about a household of his village, already approved by the office.</summary>
    private Task<(int CampaignId, int NoteId)> ApprovedNoteAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DundianDbContext>();
        var cleaner = sp.GetRequiredService<Dundian.Core.Content.HtmlCleaner>();
        var campaign = await db.Campaigns.Include(c => c.OrgUnit).SingleAsync(c => c.Tier == CampaignTier.County);
        var group = await db.ResearchGroups.Include(g => g.Leader).Include(g => g.LiaisonVillages).ThenInclude(l => l.Village)
            .SingleAsync(g => g.CampaignId == campaign.Id && g.SortOrder == 2);
        var village = group.LiaisonVillages[0].Village!;
        db.Households.Add(new Household { VillageId = village.Id, HeadName = "林阿水", Phone = "13957412345", Kind = HardshipKind.Illness, CreatedAt = DateTime.UtcNow });
        var note = new FieldNote
        {
            CampaignId = campaign.Id, AuthorId = group.LeaderId!.Value, VillageId = village.Id, VillagePath = village.Path, CreatedAt = DateTime.UtcNow,
        };
        note.Edit(cleaner, Title,
            $"<p>四月中旬,正是春汛。我们调研组住进{village.Name},白天跟船出海,晚上在村委会和渔民拉家常。</p>"
            + "<p>老渔民林阿水今年六十八岁,腿脚不便,儿子在外打工。他说:“渔船旧了,修一次要好几万。”我们记下了他的难处,"
            + "当场联系镇里的渔业服务站上门查看。</p>"
            + "<h3>几点体会</h3><ul><li>群众的事再小也是大事,要当场能办的当场办。</li><li>蹲点不是走过场,住下来才听得到真话。</li>"
            + "<li>发展渔家乐,要先把渔港环境整治好。</li></ul>"
            + "<p>联系电话13957412345的这户人家,我们约定下次蹲点时再去看看。</p>");
        note.Submit(DateTime.UtcNow);
        note.Approve(DateTime.UtcNow);
        db.FieldNotes.Add(note);
        await db.SaveChangesAsync();
        return (campaign.Id, note.Id);
    });
}
