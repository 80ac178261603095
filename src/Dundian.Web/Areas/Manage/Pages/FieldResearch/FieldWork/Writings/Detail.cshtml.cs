using System.Text.Json;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Dundian.Web.Search;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>
/// One note or report, its 处理记录 (from the audit trail) and a POST handler per move: the author submits, the office
/// that runs the campaign returns (reason required), approves, publishes into the campaign topic and unpublishes.
/// A person not allowed the move gets 403; a move the state does not allow shows the writing's Chinese message and
/// changes nothing. Publishing and unpublishing also update the search index.
/// </summary>
public class DetailModel(DundianDbContext db, WritingService writings) : StaffPageModel
{
    [FromRoute] public string Kind { get; set; } = "";
    [FromRoute] public int Id { get; set; }
    public WritingKind WritingKind { get; private set; }
    public ReviewedWriting Writing { get; private set; } = null!;
    public string? TopicTitle { get; private set; }
    public bool IsAuthor { get; private set; }
    public bool MayReview { get; private set; }
    public List<WritingHistoryRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => MoveAsync(WritingAction.Submit, null, "已提交,等待活动办公室审核。", ct);
    public Task<IActionResult> OnPostReturnAsync(string? reason, CancellationToken ct) => MoveAsync(WritingAction.Return, reason, "已退回作者修改。", ct);
    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => MoveAsync(WritingAction.Approve, null, "审核通过。", ct);
    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => MoveAsync(WritingAction.Publish, null, "已发布到蹲点调研专题。", ct);
    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken ct) => MoveAsync(WritingAction.Unpublish, null, "已从专题撤下。", ct);

    private async Task<IActionResult> MoveAsync(WritingAction action, string? reason, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var actor = User.Actor();
        if (!WritingService.MayAct(actor, Writing, action)) return Forbid();
        return await ActAsync(() => writings.ActAsync(actor, Writing, action, reason, ct), done, $"/manage/writings/{Kind}/{Id}",
            async () => await LoadAsync(ct));
    }

    /// <summary>Deletes a draft or returned writing (never counted), with a reason; see <see cref="WritingService.DeleteAsync"/>.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var actor = User.Actor();
        if (!IsAuthor && !MayReview) return Forbid();
        var title = Writing.Title;
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "删除");
            await writings.DeleteAsync(actor, Writing, reason, ct);
        }, $"已删除“{title}”。", $"/manage/writings/{Kind}", async () => await LoadAsync(ct));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (WritingKinds.FromSegment(Kind) is not { } kind || Kind is not ("notes" or "reports")) return NotFound();
        WritingKind = kind;
        var actor = User.Actor();
        if (!actor.Scope.DoesFieldWork()) return Forbid();
        var (writing, found) = await writings.LoadAsync(actor, kind, Id, ct);
        if (!found) return NotFound();
        if (writing is null) return Forbid();
        Writing = writing;
        IsAuthor = WritingService.IsAuthor(actor, writing);
        MayReview = WritingService.MayReview(actor, writing);
        if (writing is ResearchReport)
            TopicTitle = await db.ResearchTopics.Where(t => t.ReportId == Id).Select(t => t.Title).FirstOrDefaultAsync(ct);
        History = await HistoryAsync(kind == WritingKind.FieldNote ? nameof(FieldNote) : nameof(ResearchReport), ct);
        return null;
    }

    private async Task<List<WritingHistoryRow>> HistoryAsync(string entityType, CancellationToken ct)
    {
        var key = Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityKey == key)
            .OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new { e.At, e.UserName, e.Action, e.Details }).ToListAsync(ct);
        return entries.Select(e => new WritingHistoryRow(e.At, e.UserName, Describe(e.Action, e.Details))).ToList();
    }

    /// <summary>"草稿 → 已提交" from the audit details' Status change; "创建" / "修改内容" otherwise.</summary>
    private static string Describe(string action, string? details)
    {
        if (action == "Insert") return "创建草稿";
        try
        {
            using var json = JsonDocument.Parse(details ?? "{}");
            if (json.RootElement.TryGetProperty("Status", out var status)
                && StatusOf(status.GetProperty("from")) is { } from && StatusOf(status.GetProperty("to")) is { } to)
                return $"{ReviewedWriting.StatusName(from)} → {ReviewedWriting.StatusName(to)}";
        }
        catch (JsonException) { /* an older entry in another shape: fall through */ }
        catch (InvalidOperationException) { }
        catch (KeyNotFoundException) { }
        return "修改内容";
    }

    // The audit trail writes the enum as its number (the CLR value), an older or hand-written entry may use the name.
    private static WritingStatus? StatusOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when Enum.IsDefined((WritingStatus)e.GetInt32()) => (WritingStatus)e.GetInt32(),
        JsonValueKind.String when Enum.TryParse<WritingStatus>(e.GetString(), out var s) => s,
        _ => null,
    };
}
