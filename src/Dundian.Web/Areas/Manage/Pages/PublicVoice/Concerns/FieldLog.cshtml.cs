using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>
/// 走访座谈中收集的诉求: a cadre registers the concerns raised during one stay (visits, a symposium), linked to that
/// field log (Source = FieldVisit). Whoever may see the log may do this — the cadre himself, his group lead, the
/// office (<see cref="FieldLogService.VisibleTo"/>); the concern's village is the log's village or another village
/// of the same town (a symposium often hears the neighbours). The reporter's name and phone are optional here: at a
/// symposium people speak for the village. The number and query code are shown once, to pass on to the resident.
/// </summary>
public class FieldLogModel(DundianDbContext db, FieldLogService fieldLogs, ConcernIntake intake, ConcernChoices choices) : PageModel
{
    public sealed record Linked(int Id, string TrackingNumber, string Category, string Village, string Description, ConcernStatus Status, DateTime ReceivedAt);

    [FromRoute] public long LogId { get; set; }
    [BindProperty] public ConcernForm Input { get; set; } = new();
    public FieldLog Log { get; private set; } = null!;
    public List<ConcernCategory> Categories { get; private set; } = [];
    public List<VillageGroup> Villages { get; private set; } = [];
    public List<Linked> Concerns { get; private set; } = [];
    public string? IssuedNumber { get; private set; }
    public string? IssuedCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        IssuedNumber = TempData[ConcernIssued.NumberKey] as string;
        IssuedCode = TempData[ConcernIssued.CodeKey] as string;
        if (!await LoadAsync()) return NotFound();
        Input.VillageId ??= Log.VillageId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Remove("Input.ReporterName");
        ModelState.Remove("Input.ReporterPhone");
        if (ModelState.IsValid && !Villages.Any(g => g.Villages.Any(v => v.Id == Input.VillageId)))
            ModelState.AddModelError("Input.VillageId", "请选择本次蹲点所在镇乡(街道)的村(社区)。");
        if (!ModelState.IsValid) return Page();
        try
        {
            var submission = Input.ToSubmission() with
            {
                FieldLogId = Log.Id,
                ReporterName = string.IsNullOrWhiteSpace(Input.ReporterName) ? null : Input.ReporterName,
                ReporterPhone = string.IsNullOrWhiteSpace(Input.ReporterPhone) ? null : Input.ReporterPhone,
            };
            var (concern, code) = await intake.SubmitAsync(submission, ConcernSource.FieldVisit, User.Identity!.Name, Input.PhotoUploads());
            TempData[ConcernIssued.NumberKey] = concern.TrackingNumber;
            TempData[ConcernIssued.CodeKey] = code;
            return Redirect($"/manage/field-logs/{Log.Id}/concerns");
        }
        catch (ConcernInputException e)
        {
            ModelState.AddModelError("Input." + e.Field, e.Message);
            return Page();
        }
    }

    /// <summary>False when the log does not exist or the user may not see it (both 404: a log id reveals nothing).</summary>
    private async Task<bool> LoadAsync()
    {
        var log = await fieldLogs.VisibleTo(User.Actor()).AsNoTracking().Include(l => l.Village).Include(l => l.Participant)
            .FirstOrDefaultAsync(l => l.Id == LogId);
        if (log is null) return false;
        Log = log;
        var townId = log.Village!.ParentId;
        var sameTown = await db.OrgUnits.Where(u => u.ParentId == townId).Select(u => u.Id).ToListAsync();
        Categories = await choices.CategoriesAsync();
        Villages = await choices.VillagesAsync(sameTown);
        Concerns = await db.Concerns.AsNoTracking().Where(c => c.FieldLogId == log.Id).OrderBy(c => c.Id)
            .Select(c => new Linked(c.Id, c.TrackingNumber, c.Category!.Name, c.Village!.Name, c.Description, c.Status, c.ReceivedAt))
            .ToListAsync();
        return true;
    }
}
