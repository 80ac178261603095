using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Projects;

namespace Dundian.Web.Areas.Manage.Pages.Plans;

/// <summary>导入发展计划: a campaign's development plans, through <see cref="DevelopmentPlanImport"/>.</summary>
public class ImportModel(DundianDbContext db, DevelopmentPlanImport import) : CampaignImportPage(db)
{
    private readonly DundianDbContext db = db;
    protected override string Path => "/manage/plans/import";
    protected override string TemplateName => "发展计划导入模板.xlsx";
    protected override IReadOnlyList<string> Required => PlanSheet.Required;
    protected override string Noun => "个发展计划";
    protected override Task<byte[]> TemplateAsync(int campaignId, CancellationToken ct) => new ProjectTemplate(db).PlansAsync(User.Scope(), campaignId, ct);
    protected override Task<ImportResult> RunAsync(int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct) =>
        import.ImportAsync(User.Actor(), campaignId, rows, ct);
}
