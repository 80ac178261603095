using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Community;

namespace Dundian.Web.Areas.Manage.Pages.SensitiveWords;

/// <summary>Changes one lexicon word or its category; effective at once.</summary>
public class EditModel(DundianDbContext db, SensitiveWordEditor editor) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Word { get; set; }
    [BindProperty] public string? Category { get; set; }
    public string? Error { get; private set; }

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
        try
        {
            if (!await editor.UpdateAsync(Id, Word, Category, ct)) return NotFound();
            TempData["Message"] = "已保存,立即生效。";
            return Redirect("/manage/sensitive-words");
        }
        catch (ValidationException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
