using Dundian.Core.Commitments;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Commitments;

/// <summary>
/// One commitment: milestones, progress history, the verdict summary and — once completed — the residents' verdict
/// form (no login; posts rate-limited per address; the entity refuses verdicts before completion and markup).
/// </summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public class DetailModel(DundianDbContext db, TimeProvider clock) : PageModel
{
    public const int RecentComments = 20;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public Satisfaction? Verdict { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Nickname { get; set; }

    public PublicCommitment Commitment { get; private set; } = null!;
    public Dictionary<Satisfaction, int> Counts { get; private set; } = [];
    public List<CommitmentVerdict> Comments { get; private set; } = [];
    public DateTime Now { get; private set; }
    public string? Error { get; private set; }

    public int VerdictTotal => Counts.Values.Sum();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var commitment = await db.PublicCommitments.FirstOrDefaultAsync(c => c.Id == Id);
        if (commitment is null) return NotFound();
        try
        {
            if (Verdict is not { } verdict) throw new CommitmentRuleException("请选择评价:满意、基本满意或不满意。");
            commitment.AddVerdict(verdict, Comment, Nickname, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            TempData["Message"] = "感谢您的评价!";
            return Redirect($"/commitments/{Id}");
        }
        catch (CommitmentRuleException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync();
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var c = await db.PublicCommitments.AsNoTracking().Include(x => x.OwnerUnit).Include(x => x.Milestones)
            .Include(x => x.Updates).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == Id);
        if (c is null) return false;
        Commitment = c;
        Now = clock.GetUtcNow().UtcDateTime;
        Counts = await db.CommitmentVerdicts.Where(v => v.CommitmentId == Id).GroupBy(v => v.Verdict)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Comments = await db.CommitmentVerdicts.AsNoTracking().Where(v => v.CommitmentId == Id && v.Comment != null)
            .OrderByDescending(v => v.At).ThenByDescending(v => v.Id).Take(RecentComments).ToListAsync();
        return true;
    }
}
