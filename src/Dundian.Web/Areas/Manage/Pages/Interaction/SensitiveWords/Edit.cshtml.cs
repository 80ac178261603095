using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Community;

namespace Dundian.Web.Areas.Manage.Pages.SensitiveWords;

/// <summary>Changes one lexicon word or its category; effective at once.</summary>
public class EditModel(DundianDbContext db, SensitiveWordEditor editor) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Word { get; set; }
    [BindProperty] public string? Category { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        var w = await db.SensitiveWords.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (w is null) return NotFound();
        (Word, Category) = (w.Word, w.Category);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayEditLexicon(User.Scope())) return Forbid();
        var found = true;
        var result = await ActAsync(async () => found = await editor.UpdateAsync(Id, Word, Category, ct),
            "已保存,立即生效。", "/manage/sensitive-words");
        if (found) return result;
        TempData.Remove(MessageKey); // nothing was saved: no flash for the next page
        return NotFound();
    }
}
