using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>
/// 撰写 / 修改: the author writes a note or report as himself (his participant record), saves a draft or saves and
/// submits. Only drafts and returned writings can be changed (the writing refuses otherwise). The body is sanitised
/// by <see cref="Dundian.Core.Content.HtmlCleaner"/> on save; a refusal shows the Chinese message and saves nothing.
/// </summary>
public class EditModel(DundianDbContext db, WritingService writings) : PageModel
{
    [FromRoute] public string Kind { get; set; } = "";
    [FromRoute] public int? Id { get; set; }
    [BindProperty] public WritingInput Input { get; set; } = new();
    [FromQuery(Name = "participantId")] public int? ChosenParticipant { get; set; }
    public WritingKind WritingKind { get; private set; }
    public List<WritingAuthorChoice> Choices { get; private set; } = [];
    public WritingAuthorChoice? Author { get; private set; }
    public ReviewedWriting? Writing { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Error = TempData["Error"] as string;
        if (Writing is not null)
        {
            Input = new WritingInput
            {
                ParticipantId = Writing.AuthorId, VillageId = Writing.VillageId, Title = Writing.Title, BodyHtml = Writing.BodyHtml,
            };
            if (Writing is ResearchReport report)
                Input.TopicId = await db.ResearchTopics.Where(t => t.ReportId == report.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        }
        else if (Author is not null) Input = new WritingInput { ParticipantId = Author.ParticipantId, VillageId = Author.Villages.FirstOrDefault().Id };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => SaveAsync(submit: true, ct);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var actor = User.Actor();
        ReviewedWriting? created = null;
        try
        {
            var writing = Writing;
            if (writing is null)
            {
                writing = created = await writings.CreateAsync(actor, WritingKind, Input, ct);
            }
            else
            {
                Input.ParticipantId = writing.AuthorId;
                await writings.UpdateAsync(actor, writing, Input, ct);
            }
            if (submit) await writings.ActAsync(actor, writing, WritingAction.Submit, ct: ct);
            TempData["Message"] = submit ? "已提交,等待活动办公室审核。" : "草稿已保存。";
            return Redirect($"/manage/writings/{Kind}/{writing.Id}");
        }
        catch (ValidationException e)
        {
            // A refused save or submit leaves the stored writing as it was; show the form again with the message.
            db.ChangeTracker.Clear();
            if (created is not null)
            {
                // The draft was saved, only the submission was refused: go on editing that draft, not a new one.
                TempData["Error"] = e.Message;
                return Redirect($"/manage/writings/{Kind}/edit/{created.Id}");
            }
            if (Writing is not null && Writing.Id > 0 && await LoadAsync(ct) is { } gone) return gone;
            Error = e.Message;
            ModelState.AddModelError("Input." + e.Field, e.Message);
            return Page();
        }
    }

    /// <summary>Null when the form may be shown; otherwise 404 (unknown), 403 (not the author) or the page itself with a note.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (WritingKinds.FromSegment(Kind) is not { } kind || Kind is not ("notes" or "reports")) return NotFound();
        WritingKind = kind;
        var actor = User.Actor();
        if (!actor.Scope.DoesFieldWork()) return Forbid();
        Choices = await writings.AuthorChoicesAsync(actor, ct);
        if (Id is { } id)
        {
            var (writing, found) = await writings.LoadAsync(actor, kind, id, ct);
            if (!found) return NotFound();
            if (writing is null || !WritingService.IsAuthor(actor, writing)) return Forbid();
            Writing = writing;
            Author = Choices.FirstOrDefault(c => c.ParticipantId == writing.AuthorId);
        }
        else
        {
            var wanted = Request.Method == HttpMethods.Get ? ChosenParticipant : Input.ParticipantId;
            Author = Choices.FirstOrDefault(c => c.ParticipantId == wanted) ?? Choices.FirstOrDefault();
        }
        return null;
    }
}
