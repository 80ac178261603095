using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Projects;

namespace Dundian.Web.Areas.Manage.Pages.Projects;

/// <summary>导入实事项目: a campaign's projects with their funding sources, through <see cref="PracticalProjectImport"/>.</summary>
public class ImportModel(DundianDbContext db, PracticalProjectImport import) : CampaignImportPage(db)
{
    private readonly DundianDbContext db = db;
    protected override string Path => "/manage/projects/import";
    protected override string TemplateName => "实事项目导入模板.xlsx";
    protected override IReadOnlyList<string> Required => ProjectSheet.Required;
    protected override string Noun => "件实事项目";
    protected override Task<byte[]> TemplateAsync(int campaignId, CancellationToken ct) => new ProjectTemplate(db).ProjectsAsync(User.Scope(), campaignId, ct);
    protected override Task<ImportResult> RunAsync(int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct) =>
        import.ImportAsync(User.Actor(), campaignId, rows, ct);
}
