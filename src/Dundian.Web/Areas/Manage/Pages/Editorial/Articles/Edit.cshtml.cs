using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Dundian.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>
/// Write or change an article (draft or withdrawn only), then submit it to review; take it back from review;
/// withdraw a published one. Media are stored through FileStore with the upload policies.
/// </summary>
// A video may be up to 200 MB (UploadPolicy.Videos); the form carries it with the other fields.
[RequestSizeLimit(250L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 250L * 1024 * 1024)]
public class EditModel(DundianDbContext db, NewsroomAccess access, ArticleDesk desk, FileStore files)
    : PageModel
{
    [BindProperty] public ArticleForm Input { get; set; } = new();
    public Article? Article { get; private set; }
    public List<Channel> Channels { get; private set; } = [];
    public List<ArticleAttachment> Attachments { get; private set; } = [];
    public List<ArticleReviewStep> Steps { get; private set; } = [];
    public string? Error { get; private set; }
    public IReadOnlyList<string> Highlights { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        Input = Article is null ? new ArticleForm { ChannelId = Channels.FirstOrDefault()?.Id ?? 0, EditorName = User.DisplayName() }
            : ArticleForm.From(Article);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            var uploader = User.Actor().UserId;
            Guid? cover = Input.RemoveCover ? null : Article?.CoverImageId;
            if (Input.Cover is { Length: > 0 } c)
            {
                if (string.IsNullOrWhiteSpace(Input.CoverAlt)) throw new ArticleRuleException("请填写封面图片的说明文字(供视障读者使用)。");
                cover = (await StoreAsync(c, UploadPolicy.Images, Input.CoverAlt, uploader)).Id;
            }
            Guid? video = Input.RemoveVideo ? null : Article?.VideoId;
            if (Input.Video is { Length: > 0 } v) video = (await StoreAsync(v, UploadPolicy.Videos, null, uploader)).Id;
            var added = new List<Guid>();
            foreach (var f in Input.Attachments.Where(f => f.Length > 0))
                added.Add((await StoreAsync(f, UploadPolicy.Documents, null, uploader)).Id);
            var saved = await desk.SaveAsync(id, Input.ToDraft(cover, video, added), User.Actor());
            TempData["Message"] = "已保存(新增一个版本)。";
            return Redirect($"/manage/articles/edit/{saved.Id}");
        }
        catch (Exception e) when (e is ArticleRuleException or UploadRejectedException)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public Task<IActionResult> OnPostSubmitAsync(int id) => StepAsync(id, () => desk.SubmitAsync(id, User.Actor()), "已提交一审。");

    public Task<IActionResult> OnPostReturnAsync(int id) => StepAsync(id, () => desk.ReturnToDraftAsync(id), "已撤回为草稿,可以修改。");

    public Task<IActionResult> OnPostWithdrawAsync(int id) => StepAsync(id, () => desk.WithdrawAsync(id), "已撤稿,门户不再显示。");

    private async Task<IActionResult> StepAsync(int id, Func<Task<Article>> step, string done)
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            // The search index follows publishing and withdrawal through the save's indexing tasks.
            await step();
            TempData["Message"] = done;
            return Redirect($"/manage/articles/edit/{id}");
        }
        catch (ArticleRuleException e)
        {
            Error = e.Message;
            Highlights = (e as SensitiveWordsFoundException)?.HighlightedHtml ?? [];
            Input = ArticleForm.From(Article!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<StoredFile> StoreAsync(IFormFile file, UploadPolicy policy, string? alt, string uploader)
    {
        await using var stream = file.OpenReadStream();
        // Article media are public from the start: the portal shows them once the article is published, and an
        // unpublished file is reachable only by its random 128-bit id.
        var stored = await files.SaveAsync(stream, file.FileName, policy, isPublic: true, altText: alt);
        stored.UploadedById = uploader;
        return stored;
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        if (id is null) return true;
        Article = await db.Articles.AsNoTracking().Include(a => a.Channel).FirstOrDefaultAsync(a => a.Id == id);
        if (Article is null) return false;
        Attachments = await db.ArticleAttachments.AsNoTracking().Include(a => a.File).Where(a => a.ArticleId == id)
            .OrderBy(a => a.SortOrder).ToListAsync();
        Steps = await db.ArticleReviewSteps.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.At).ToListAsync();
        return true;
    }
}
