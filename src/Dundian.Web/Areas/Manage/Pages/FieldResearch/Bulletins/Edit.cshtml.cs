using Dundian.Core.Bulletins;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Accounts;
using Dundian.Web.Bulletins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Bulletins;

/// <summary>
/// One bulletin: the draft's form and items, the workflow (送审, 退回, 签发, 印发, 撤回, 更正) and, once issued, the
/// frozen text with each printed figure beside today's under the same filter. Every handler checks that the user's
/// office covers the campaign; a refused move shows the rule's Chinese message and changes nothing.
/// </summary>
public class EditModel(DundianDbContext db, BulletinDesk desk, FiguresAsOf figures, TimeProvider clock) : PageModel
{
    public Bulletin Bulletin { get; private set; } = null!;
    public int CampaignId { get; private set; }
    public string CampaignName { get; private set; } = "";
    public string? Preview { get; private set; }
    public List<FigureComparison> Comparisons { get; private set; } = [];
    public List<(WritingKind Kind, int Id, string Title)> Writings { get; private set; } = [];
    public string? Error { get; private set; }
    [BindProperty] public BulletinForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Fill();
        await ExtrasAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => ActAsync(id, "已保存。", (b, _) =>
    {
        desk.Edit(b, Input.Title, Input.CutOff, Input.StatisticsTemplate, Input.Editor, Input.Signer, Input.ReportTo, Input.SendTo,
            Input.DistributeTo, Input.Copies);
        return Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostAddItemAsync(int id, string? heading, string? bodyHtml, CancellationToken ct) =>
        ActAsync(id, "已添加条目。", (b, _) => { desk.AddWritten(b, heading, bodyHtml); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostCopyWritingAsync(int id, string? writing, CancellationToken ct) => ActAsync(id, "已引用稿件。", async (b, c) =>
    {
        var parts = (writing ?? "").Split(':');
        if (parts.Length != 2 || !Enum.TryParse<WritingKind>(parts[0], out var kind) || !int.TryParse(parts[1], out var wid))
            throw new ValidationException("SourceId", "请选择要引用的手记或调研报告");
        await desk.CopyWritingAsync(b, CampaignId, kind, wid, c);
    }, ct);

    public Task<IActionResult> OnPostCopyArticleAsync(int id, int? articleId, CancellationToken ct) =>
        ActAsync(id, "已引用文章。", (b, c) => desk.CopyArticleAsync(b, articleId ?? 0, c), ct);

    public Task<IActionResult> OnPostRemoveItemAsync(int id, int itemId, CancellationToken ct) =>
        ActAsync(id, "已删除条目。", (b, _) => { b.RemoveItem(itemId); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostMoveItemAsync(int id, int itemId, int direction, CancellationToken ct) =>
        ActAsync(id, null, (b, _) => { b.MoveItem(itemId, direction); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        ActAsync(id, "已送审。", (b, _) => { b.Submit(); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, string? reason, CancellationToken ct) =>
        ActAsync(id, "已退回修改。", (b, _) => { b.Return(reason); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostSignAsync(int id, string? signer, CancellationToken ct) =>
        ActAsync(id, "已签发。", (b, _) => { b.Sign(signer); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, string? reason, CancellationToken ct) =>
        ActAsync(id, "已撤回;期号保留。", (b, _) => { b.Withdraw(reason, clock.GetUtcNow().UtcDateTime); return Task.CompletedTask; }, ct);

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        try
        {
            var issued = await desk.IssueAsync(id, ct: ct);
            TempData["Message"] = $"已印发,期号为第{issued.Number}期;文字和数据已冻结。";
            return Redirect($"/manage/bulletins/{id}");
        }
        catch (ValidationException e)
        {
            return await ShowAsync(id, e, ct);
        }
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        try
        {
            var draft = await desk.NewDraftAsync(Bulletin.SeriesId, Bulletin.Id, ct);
            TempData["Message"] = "已新建更正稿;印发后取得新的期号,原期不作修改。";
            return Redirect($"/manage/bulletins/{draft.Id}");
        }
        catch (ValidationException e)
        {
            return await ShowAsync(id, e, ct);
        }
    }

    private async Task<IActionResult> ActAsync(int id, string? done, Func<Bulletin, CancellationToken, Task> act, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        try
        {
            await act(Bulletin, ct);
            await db.SaveChangesAsync(ct);
            if (done is not null) TempData["Message"] = done;
            return Redirect($"/manage/bulletins/{id}");
        }
        catch (ValidationException e)
        {
            return await ShowAsync(id, e, ct);
        }
    }

    /// <summary>Shows the refusal over the bulletin as stored (nothing of the failed move is kept), with the posted form.</summary>
    private async Task<IActionResult> ShowAsync(int id, ValidationException e, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Error = e.Message;
        if (Request.Form.ContainsKey("Input.Copies") is false) Fill();
        await ExtrasAsync(ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (!BulletinAccess.MayUse(User.Scope())) return Forbid();
        var b = await db.Bulletins.Include(x => x.Items).Include(x => x.Figures).Include(x => x.Series).ThenInclude(s => s!.Campaign)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return NotFound();
        if (!await db.MayManageSeriesAsync(User.Scope(), b.SeriesId, ct)) return Forbid();
        Bulletin = b;
        CampaignId = b.Series!.CampaignId;
        CampaignName = b.Series.Campaign!.Name;
        return null;
    }

    private void Fill() => Input = new BulletinForm
    {
        Title = Bulletin.Title, CutOff = Bulletin.CutOff, StatisticsTemplate = Bulletin.StatisticsTemplate, Editor = Bulletin.Editor,
        Signer = Bulletin.Signer, ReportTo = Bulletin.ReportTo, SendTo = Bulletin.SendTo, DistributeTo = Bulletin.DistributeTo, Copies = Bulletin.Copies,
    };

    private async Task ExtrasAsync(CancellationToken ct)
    {
        if (Bulletin.IsPublic)
        {
            Comparisons = await figures.CompareAsync(Bulletin.Figures, ct);
            return;
        }
        if (Bulletin.CutOff is { } cutOff && Bulletin.StatisticsTemplate.Length > 0)
        {
            try { Preview = await figures.PreviewAsync(CampaignId, cutOff, Bulletin.StatisticsTemplate, ct); }
            catch (ValidationException e) { Preview = e.Message; }
        }
        if (Bulletin.Status == BulletinStatus.Draft)
        {
            var notes = await db.FieldNotes.AsNoTracking().Where(n => n.CampaignId == CampaignId && n.Status == WritingStatus.Published)
                .OrderByDescending(n => n.PublishedAt).Select(n => new { n.Id, n.Title }).ToListAsync(ct);
            var reports = await db.ResearchReports.AsNoTracking().Where(n => n.CampaignId == CampaignId && n.Status == WritingStatus.Published)
                .OrderByDescending(n => n.PublishedAt).Select(n => new { n.Id, n.Title }).ToListAsync(ct);
            Writings = [.. notes.Select(n => (WritingKind.FieldNote, n.Id, n.Title)), .. reports.Select(r => (WritingKind.ResearchReport, r.Id, r.Title))];
        }
    }
}
