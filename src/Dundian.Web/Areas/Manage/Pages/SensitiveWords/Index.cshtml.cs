using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.SensitiveWords;

/// <summary>
/// The sensitive-word lexicon (敏感词库): list with a filter, add and delete. Changes reach the matcher at once
/// (<see cref="SensitiveWordEditor"/> invalidates the cached lexicon). Site-wide admins and reviewers only.
/// </summary>
public class IndexModel(DundianDbContext db, SensitiveWordEditor editor) : PageModel
{
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public string? Category { get; set; }
    [BindProperty] public string? Word { get; set; }
    [BindProperty] public string? NewCategory { get; set; }

    public List<SensitiveWord> Words { get; private set; } = [];
    public List<string> Categories { get; private set; } = [];
    public int Total { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        try
        {
            var added = await editor.AddAsync(Word, NewCategory, ct);
            TempData["Message"] = $"已添加敏感词“{added.Word}”,立即生效。";
            return Redirect("/manage/sensitive-words");
        }
        catch (ValidationException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(ct);
            return Page();
        }
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
