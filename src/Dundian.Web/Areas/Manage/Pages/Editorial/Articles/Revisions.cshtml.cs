using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>版本记录: every saved revision, a paragraph-level diff between two, and rollback (saved as a new revision).</summary>
public class RevisionsModel(DundianDbContext db, NewsroomAccess access, ArticleDesk desk) : StaffPageModel
{
    public Article? Article { get; private set; }
    public List<ArticleRevision> Revisions { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await access.MayEnterAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        if (Revisions.Count >= 2)
        {
            To ??= Revisions[0].Number;
            From ??= Revisions[1].Number;
            var older = Revisions.FirstOrDefault(r => r.Number == From);
            var newer = Revisions.FirstOrDefault(r => r.Number == To);
            if (older is not null && newer is not null) Diff = RevisionDiff.Compare(older, newer);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, int number)
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        if (!await LoadAsync(id)) return NotFound();
        return await ActAsync(() => desk.RollbackAsync(id, number, User.Actor()), $"已回滚至第 {number} 版(保存为新版本)。",
            $"/manage/articles/{id}/revisions", () =>
            {
                // A refused rollback answers 400 with the page as it was.
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            });
    }

    private async Task<bool> LoadAsync(int id)
    {
        Article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (Article is null) return false;
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number).ToListAsync();
        return true;
    }
}
