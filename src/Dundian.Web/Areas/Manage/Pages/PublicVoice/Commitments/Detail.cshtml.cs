using Dundian.Core.Commitments;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Commitments;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Commitments;

/// <summary>
/// One commitment and a POST handler per step (edit, milestones, progress, completion). Every handler loads the
/// commitment through <see cref="CommitmentAccess"/> (scope re-checked on the server); a refused step shows the
/// entity's Chinese message and saves nothing. The DbContext writes the audit entry of every save.
/// </summary>
public class DetailModel(DundianDbContext db, CommitmentAccess access, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public CommitmentForm Input { get; set; } = new();
    public PublicCommitment Commitment { get; private set; } = null!;
    public List<OrgUnit> Units { get; private set; } = [];
    public DateTime Now { get; private set; }
    public DateOnly Today => PublicCommitment.Today(Now);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        Input = CommitmentForm.From(Commitment);
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync() => StepAsync(c =>
    {
        if (Units.All(u => u.Id != Input.OwnerUnitId)) throw new CommitmentRuleException("请选择您管理范围内的责任单位。");
        var (madeOn, deadline) = Input.Dates();
        c.Edit(Input.Title ?? "", Input.Content ?? "", Input.MadeBy ?? "", Input.MadeByTitle, Input.OwnerUnitId, Input.Channel, madeOn, deadline);
    }, "已保存修改。");

    public Task<IActionResult> OnPostAddMilestoneAsync(string? title, DateOnly? dueOn) => StepAsync(c =>
        c.AddMilestone(title ?? "", dueOn ?? throw new CommitmentRuleException("请填写节点计划完成日期。")), "已添加节点。");

    public Task<IActionResult> OnPostCompleteMilestoneAsync(int milestoneId) =>
        StepAsync(c => c.CompleteMilestone(milestoneId, Today), "节点已完成。");

    public Task<IActionResult> OnPostReportAsync(string? text, int? percent) => StepAsync(c =>
        c.ReportProgress(Today, text ?? "", percent ?? throw new CommitmentRuleException("请填写进度百分比。")), "已报告进展。");

    public Task<IActionResult> OnPostCompleteAsync(string? outcome) =>
        StepAsync(c => c.Complete(Today, outcome ?? ""), "承诺已兑现,群众现在可以评价。");

    public Task<IActionResult> OnPostWithdrawAsync(string? reason) =>
        StepAsync(c => c.Withdraw(Today, reason ?? ""), "承诺已撤回。");

    private async Task<IActionResult> StepAsync(Action<PublicCommitment> step, string done)
    {
        if (await LoadAsync() is { } refused) return refused;
        // A refused step: ActAsync drops what it touched in memory; show the stored state with the message.
        return await ActAsync(async () =>
        {
            step(Commitment);
            await db.SaveChangesAsync();
        }, done, $"/manage/commitments/{Id}", async () =>
        {
            await LoadAsync();
            if (Input.Title is null) Input = CommitmentForm.From(Commitment); // another step failed: refill the edit form
        });
    }

    /// <summary>Null when the page may be shown; otherwise the refusal (403 outside the scope, 404 when unknown).</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var scope = User.Scope();
        if (!CommitmentAccess.MayUse(scope)) return Forbid();
        var (commitment, found) = await access.LoadAsync(scope, Id);
        if (!found) return NotFound();
        if (commitment is null) return Forbid();
        Commitment = commitment;
        Now = clock.GetUtcNow().UtcDateTime;
        Units = await access.UnitsAsync(scope);
        return null;
    }
}
