using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 新增/修改活动文件: title, kind, sanitised rich text and attachments. Attachments are stored through FileStore
/// with the documents policy; a refused file shows its Chinese reason next to the picker and nothing is saved —
/// neither the document nor any other file of the same post (the StoredFile rows are only committed by the one
/// SaveChanges at the end, and files already moved into place stay unreferenced).
/// </summary>
public class DocumentModel(DundianDbContext db, HtmlCleaner cleaner, FileStore store) : CampaignSetupPage(db)
{
    [BindProperty] public DocumentForm Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public List<int> RemoveAttachmentIds { get; set; } = [];
    public CampaignDocument? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? documentId, CancellationToken ct)
    {
        if (await LoadAsync(id, documentId, ct) is { } denied) return denied;
        if (Document is not null) Input = DocumentForm.From(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? documentId, CancellationToken ct)
    {
        if (await LoadAsync(id, documentId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) { Error = "填写的内容格式不正确,请检查。"; return Page(); }
        var document = Document ?? new CampaignDocument { CampaignId = id, Title = "" };
        try
        {
            Input.ApplyTo(document, cleaner);
            var order = document.Attachments.Select(a => a.SortOrder).DefaultIfEmpty(0).Max();
            foreach (var file in Files.Where(f => f.Length > 0))
            {
                await using var stream = file.OpenReadStream();
                // Scoped to the campaign's unit; public once the document is (see below).
                var stored = await store.SaveAsync(stream, file.FileName, UploadPolicy.Documents, document.IsPublic, Campaign.OrgUnit!.Path, ct: ct);
                document.Attachments.Add(new CampaignDocumentAttachment { StoredFile = stored, StoredFileId = stored.Id, SortOrder = ++order });
            }
        }
        catch (ValidationException e)
        {
            Show(e);
            return Page();
        }
        catch (UploadRejectedException e)
        {
            ModelState.AddModelError("Files", e.Message);
            Error = e.Message;
            return Page();
        }
        foreach (var a in document.Attachments.Where(a => RemoveAttachmentIds.Contains(a.Id)).ToList())
            document.Attachments.Remove(a);
        foreach (var a in document.Attachments.Where(a => a.StoredFile is not null))
            a.StoredFile!.IsPublic = document.IsPublic;
        if (document.Id == 0) Db.CampaignDocuments.Add(document);
        await Db.SaveChangesAsync(ct);
        TempData["Message"] = $"已保存文件“{document.Title}”。";
        return Redirect($"/manage/campaigns/{id}/setup");
    }

    private async Task<IActionResult?> LoadAsync(int id, int? documentId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        if (documentId is null) return null;
        Document = await Db.CampaignDocuments.Include(d => d.Attachments).ThenInclude(a => a.StoredFile)
            .FirstOrDefaultAsync(d => d.Id == documentId && d.CampaignId == id, ct);
        return Document is null ? NotFound() : null;
    }
}
