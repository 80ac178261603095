using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Community;

namespace Dundian.Web.Areas.Manage.Pages.SensitiveWords;

/// <summary>
/// The sensitive-word lexicon (敏感词库): list with a filter, add and delete. Changes reach the matcher at once
/// (<see cref="SensitiveWordEditor"/> invalidates the cached lexicon). A word list can be imported from a .txt file
/// (all or nothing). Site-wide admins and reviewers only.
/// </summary>
public class IndexModel(DundianDbContext db, SensitiveWordEditor editor) : StaffPageModel
{
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public string? Category { get; set; }
    [BindProperty] public string? Word { get; set; }
    [BindProperty] public string? NewCategory { get; set; }

    public List<SensitiveWord> Words { get; private set; } = [];
    public List<string> Categories { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>A word list is small text; anything larger is not a word list.</summary>
    public const long MaxImportBytes = 1024 * 1024;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        return await ActAsync(async () => $"已添加敏感词“{(await editor.AddAsync(Word, NewCategory, ct)).Word}”,立即生效。",
            "/manage/sensitive-words", () => LoadAsync(ct));
    }

    /// <summary>Imports a .txt word list (UTF-8, one word a line, optionally "词,分类").</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, string? importCategory, CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        return await ActAsync(async () =>
        {
            if (file is null || file.Length == 0) throw new ValidationException("File", "请选择要导入的 .txt 词表文件。");
            if (!file.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                throw new ValidationException("File", "只能导入 .txt 文本文件(每行一个词)。");
            if (file.Length > MaxImportBytes) throw new ValidationException("File", "词表文件不能超过 1 MB。");
            var lines = new List<string>();
            using (var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)))
            {
                try { while (await reader.ReadLineAsync(ct) is { } line) lines.Add(line); }
                catch (System.Text.DecoderFallbackException) { throw new ValidationException("File", "文件不是 UTF-8 编码的文本,请另存为 UTF-8 后再导入。"); }
            }
            var (added, skipped) = await editor.ImportAsync(lines, importCategory, ct);
            return $"已导入 {added} 个敏感词" + (skipped > 0 ? $",{skipped} 个已在词库中,跳过" : "") + ",立即生效。";
        }, "/manage/sensitive-words", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        TempData["Message"] = await editor.DeleteAsync(id, ct) ? "已删除,立即生效。" : "该词已不在词库中。";
        return Redirect("/manage/sensitive-words");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Total = await db.SensitiveWords.CountAsync(ct);
        Categories = await db.SensitiveWords.Where(w => w.Category != null).Select(w => w.Category!).Distinct().OrderBy(c => c).ToListAsync(ct);
        var query = db.SensitiveWords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(w => w.Word.Contains(Q.Trim()));
        if (!string.IsNullOrWhiteSpace(Category)) query = query.Where(w => w.Category == Category);
        Words = await query.OrderBy(w => w.Category).ThenBy(w => w.Word).Take(1000).ToListAsync(ct);
    }
}
