using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Topics;
using Dundian.Core.Uploads;
using Dundian.Web.Accounts;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Topics;

/// <summary>
/// Compose a 专题: basic fields and banner, sections added, moved and removed. Every handler loads the topic through
/// <see cref="TopicAccess"/> (owner unit under the user's grants); a refused step shows the Chinese message and saves
/// nothing. The DbContext audits every save.
/// </summary>
public class EditModel(DundianDbContext db, TopicAccess access, TopicComposer composer, FileStore files) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public SpecialTopic Topic { get; private set; } = null!;
    public List<Channel> Channels { get; private set; } = [];
    public List<Campaign> Campaigns { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostBasicsAsync(string? title, string? slug, string? intro, string? bannerAlt, bool published, CancellationToken ct) =>
        ActAsync(() => composer.ApplyAsync(Topic, title, slug, intro, bannerAlt, published, ct), "已保存。", ct);

    public Task<IActionResult> OnPostBannerAsync(IFormFile? banner, string? bannerAlt, CancellationToken ct) => ActAsync(async () =>
    {
        if (banner is null || banner.Length == 0) throw new ValidationException("banner", "请选择横幅图片。");
        // Alt text first: an image without it is never stored.
        if (string.IsNullOrWhiteSpace(bannerAlt)) throw new ValidationException("BannerAlt", "请填写横幅图片的文字说明(供读屏软件朗读)。");
        await using var stream = banner.OpenReadStream();
        StoredFile stored;
        try { stored = await files.SaveAsync(stream, banner.FileName, UploadPolicy.Images, isPublic: true, altText: bannerAlt.Trim(), ct: ct); }
        catch (UploadRejectedException e) { throw new ValidationException("banner", e.Message); }
        Topic.BannerFileId = stored.Id;
        await composer.ApplyAsync(Topic, Topic.Title, Topic.Slug, Topic.Intro, bannerAlt, Topic.IsPublished, ct);
    }, "横幅已更新。", ct);

    public Task<IActionResult> OnPostAddSectionAsync(TopicSectionKind kind, string? heading, string? reference, int? itemCount, CancellationToken ct) =>
        ActAsync(() => composer.AddSectionAsync(Topic, kind, heading, reference, itemCount ?? 6, ct), "已添加栏块。", ct);

    public Task<IActionResult> OnPostMoveAsync(int sectionId, int step, CancellationToken ct) =>
        ActAsync(() => composer.MoveSectionAsync(Topic, sectionId, step, ct), "已调整顺序。", ct);

    public Task<IActionResult> OnPostRemoveAsync(int sectionId, CancellationToken ct) =>
        ActAsync(() => composer.RemoveSectionAsync(Topic, sectionId, ct), "已删除栏块。", ct);

    private async Task<IActionResult> ActAsync(Func<Task> step, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        try
        {
            await step();
            TempData["Message"] = done;
            return Redirect($"/manage/topics/{Id}");
        }
        catch (ValidationException e)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Error = e.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!TopicAccess.MayUse(scope)) return Forbid();
        var (topic, allowed) = await access.LoadAsync(scope, Id, ct);
        if (topic is null) return NotFound();
        if (!allowed) return Forbid();
        Topic = topic;
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Tier).ThenBy(c => c.Id).ToListAsync(ct);
        return null;
    }
}
