using Dundian.Core.Data;
using Dundian.Documents;
using Dundian.Web.Campaigns;
using Dundian.Web.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>Downloads one of the campaign's tables as .xlsx; each export is audited (who took which list out).</summary>
public class ExportModel(DundianDbContext db, CampaignWorkbooks workbooks) : CampaignSetupPage(db)
{
    public async Task<IActionResult> OnGetAsync(int id, string what, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        var sheet = what switch
        {
            "participants" => await workbooks.ParticipantsAsync(id, ct),
            "groups" => await workbooks.GroupsAsync(id, ct),
            "field-logs" => await workbooks.FieldLogsAsync(id, ct),
            _ => null,
        };
        if (sheet is null) return NotFound();
        await Db.AuditAsync("导出Excel", "Campaign", id.ToString(System.Globalization.CultureInfo.InvariantCulture), sheet.Name, ct);
        return new XlsxDownload($"{Campaign.Name}-{sheet.Name}.xlsx", new XlsxAsyncSheet(sheet.Name, sheet.Headers, sheet.Rows.Cells(r => r)));
    }
}
