using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>
/// One concern with its full history, and a POST handler per lifecycle step. Every handler loads the concern
/// through <see cref="ConcernAccess"/> (scope re-checked on the server); a refused step shows the entity's Chinese
/// message and saves nothing. The DbContext writes the audit entry of every save. The page offers only the steps the
/// concern's state allows next (<see cref="ConcernSteps"/>), one form at a time (<c>?step=</c>).
/// </summary>
public class DetailModel(DundianDbContext db, ConcernAccess access, ConcernIntake intake, TimeProvider clock) : StaffPageModel
{
    [FromQuery(Name = "step")] public string? StepKey { get; set; }
    public IReadOnlyList<ConcernStep> Steps { get; private set; } = [];
    public ConcernStep? Step { get; private set; }
    public Picker? UnitPicker { get; private set; }
    [FromRoute] public int Id { get; set; }
    public Concern Concern { get; private set; } = null!;
    public List<Concern> Duplicates { get; private set; } = [];
    public List<OrgUnit> Units { get; private set; } = [];
    public DateTime Now { get; private set; }
    public string? IssuedNumber { get; private set; }
    public string? IssuedCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        IssuedNumber = TempData[ConcernIssued.NumberKey] as string;
        IssuedCode = TempData[ConcernIssued.CodeKey] as string;
        return await LoadAsync() ?? Page();
    }

    public Task<IActionResult> OnPostAssignAsync(int unitId) => ActAsync((c, now, actor) =>
    {
        if (Units.All(u => u.Id != unitId)) throw new ConcernRuleException("请选择您管理范围内的承办单位。");
        c.Assign(unitId, c.Category!.TimeLimitDays, now, actor);
    }, "已交办。");

    public Task<IActionResult> OnPostStartAsync() => ActAsync((c, now, actor) => c.Start(now, actor), "已开始办理。");

    public Task<IActionResult> OnPostUpdateAsync(string? note, bool isPublic) =>
        ActAsync((c, now, actor) => c.AddUpdate(note ?? "", now, actor, isPublic), "已记录办理进展。");

    public Task<IActionResult> OnPostResolveAsync(string? result) =>
        ActAsync((c, now, actor) => c.Resolve(result ?? "", now, actor), "已办结。");

    public Task<IActionResult> OnPostFollowUpAsync(Satisfaction? verdict, string? note) => ActAsync((c, now, actor) =>
    {
        if (verdict is not { } v || !Enum.IsDefined(v)) throw new ConcernRuleException("请选择回访结果。");
        c.FollowUp(v, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now, actor);
    }, "已记录回访。");

    public Task<IActionResult> OnPostReturnAsync(string? reason) =>
        ActAsync((c, now, actor) => c.Return(reason ?? "", now, actor), "已退单,待重新交办。");

    public Task<IActionResult> OnPostRequestExtensionAsync(DateOnly? until, string? reason) => ActAsync((c, now, actor) =>
    {
        if (until is not { } day) throw new ConcernRuleException("请选择延期后的办理期限。");
        // The new due date is the end of that China day.
        c.RequestExtension(ChinaTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue)), reason ?? "", now, actor);
    }, "已提交延期申请。");

    public Task<IActionResult> OnPostDecideExtensionAsync(bool approve, string? note) =>
        ActAsync((c, now, actor) => c.DecideExtension(approve, now, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim()),
            approve ? "已批准延期。" : "已驳回延期申请。");

    /// <summary>Folds the duplicate <paramref name="duplicateId"/> into this concern; both must be in scope.</summary>
    public async Task<IActionResult> OnPostMergeAsync(int duplicateId)
    {
        var (duplicate, _) = await access.LoadAsync(User.Scope(), duplicateId);
        return await ActAsync((c, now, actor) =>
        {
            if (duplicate is null) throw new ConcernRuleException("要合并的诉求不存在或不在您的管理范围内。");
            duplicate.MergeInto(c, now, actor);
        }, "已合并重复诉求。");
    }

    private async Task<IActionResult> ActAsync(Action<Concern, DateTime, string> step, string done)
    {
        if (await LoadAsync() is { } refused) return refused;
        return await ActAsync(async () =>
        {
            step(Concern, Now, User.Identity!.Name!);
            // The save records an indexing task for each concern the step touched (a merge touches two), so a
            // resolved one becomes searchable and a reopened or merged one leaves the index, on every node.
            await db.SaveChangesAsync();
        }, done, $"/manage/concerns/{Id}", async () => await LoadAsync());
    }

    /// <summary>Null when the page may be shown; otherwise the refusal (403 outside the scope, 404 when unknown).</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var scope = User.Scope();
        if (!ConcernAccess.MayUse(scope)) return Forbid();
        var (concern, found) = await access.LoadAsync(scope, Id);
        if (!found) return NotFound();
        if (concern is null) return Forbid();
        Concern = concern;
        Now = clock.GetUtcNow().UtcDateTime;
        Units = await access.UnitsAsync(scope);
        var villages = (await access.VillageIdsAsync(scope)).ToHashSet();
        Steps = ConcernSteps.Next(Concern);
        Step = Steps.FirstOrDefault(x => x.Key == StepKey) ?? Steps.FirstOrDefault();
        // 交办 goes to the town of the village by default: the town government handles most village matters.
        var town = Units.FirstOrDefault(u => u.Id == Concern.Village!.ParentId);
        UnitPicker = Picker.ForUnits("unitId", "承办单位", Units, town?.Id ?? Concern.VillageId) with { Required = true };
        Duplicates = Concern.Status is ConcernStatus.Merged or ConcernStatus.FollowedUp ? []
            : (await intake.SuggestDuplicatesAsync(Concern)).Where(d => villages.Contains(d.VillageId)).ToList();
        return null;
    }
}
