using Dundian.Core.Accounts;
using Dundian.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// 「导出Excel」 through a real Kestrel (which refuses synchronous writes): the link on the filtered list downloads a
/// workbook named in Chinese that holds exactly the filtered rows.
/// </summary>
public abstract class ExportBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    [Fact]
    public async Task The_export_link_of_a_filtered_list_downloads_the_filtered_rows()
    {
        var user = await app.CreateStaffAsync("office-" + Guid.NewGuid().ToString("N")[..6], "Office#Pass-2026", StaffRole.CampaignOffice, "象山县");
        var options = Devices.Desktop(app.ServerAddress!);
        options.AcceptDownloads = true;
        await using var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?ReturnUrl=/manage/projects?status=Implemented");
        await page.FillAsync("#Input_UserName", user.UserName!);
        await page.FillAsync("#Input_Password", "Office#Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("实事项目");
        await Screenshots.SaveAsync(page, $"projects-export-link-{app.Provider.ToLowerInvariant()}", fullPage: false);
        var listed = int.Parse(await page.Locator("#project-total").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出Excel" }).ClickAsync());
        Assert.Equal("实事项目.xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var document = SpreadsheetDocument.Open(file, false);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.True(listed > 0);
            Assert.Equal(listed + 1, rows.Count);
            Assert.All(rows.Skip(1), r => Assert.Equal("已落实", r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D')).InlineString!.InnerText));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class ExportBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : ExportBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
public sealed class ExportBrowserTestsOnPostgres(PostgresServerApp app, ChromiumFixture chromium)
    : ExportBrowserTests(app, chromium), IClassFixture<PostgresServerApp>;
