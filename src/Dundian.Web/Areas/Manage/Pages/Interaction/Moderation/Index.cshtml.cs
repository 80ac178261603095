using Dundian.Core.Community;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Areas.Manage.Pages.Moderation;

/// <summary>
/// The moderation queue of comments and messages. Sensitive words are highlighted with the current lexicon;
/// messages without an official reply carry 「超期未回复」 after the configured warning and critical days.
/// </summary>
public class IndexModel(DundianDbContext db, SensitiveWordLexicon lexicon, IOptions<CommunityOptions> options, TimeProvider clock) : PageModel
{
    public const int Limit = 200, ExcerptLength = 120;

    [FromQuery] public QueueFilter Show { get; set; } = QueueFilter.Pending;

    public List<QueueRow> Rows { get; private set; } = [];
    public Dictionary<int, string> ArticleTitles { get; private set; } = [];
    public int PendingCount { get; private set; }
    public int WarningCount { get; private set; }
    public int CriticalCount { get; private set; }
    public CommunityOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayModerate(User.Scope())) return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var warnBefore = now.AddDays(-Options.ReplyWarningDays);
        var criticalBefore = now.AddDays(-Options.ReplyCriticalDays);
        var unanswered = db.BoardMessages.Where(m => m.RepliedAt == null && m.Status != PostStatus.Rejected);
        PendingCount = await db.CommunityPosts.CountAsync(p => p.Status == PostStatus.Pending, ct);
        CriticalCount = await unanswered.CountAsync(m => m.CreatedAt <= criticalBefore, ct);
        WarningCount = await unanswered.CountAsync(m => m.CreatedAt <= warnBefore, ct) - CriticalCount;

        IQueryable<CommunityPost> posts = Show switch
        {
            QueueFilter.Overdue => unanswered.Where(m => m.CreatedAt <= warnBefore).OrderBy(m => m.CreatedAt),
            QueueFilter.Published => db.CommunityPosts.Where(p => p.Status == PostStatus.Published).OrderByDescending(p => p.CreatedAt),
            QueueFilter.Rejected => db.CommunityPosts.Where(p => p.Status == PostStatus.Rejected).OrderByDescending(p => p.CreatedAt),
            _ => db.CommunityPosts.Where(p => p.Status == PostStatus.Pending).OrderBy(p => p.CreatedAt), // oldest waits least
        };
        var list = await posts.AsNoTracking().Take(Limit).ToListAsync(ct);
        var matcher = await lexicon.GetAsync(ct);
        Rows = list.Select(p =>
        {
            var text = p is BoardMessage m ? m.Subject + ":" + p.Body : p.Body;
            if (text.Length > ExcerptLength) text = text[..ExcerptLength] + "…";
            return new QueueRow(p, SensitiveWordHighlighter.ToHtml(text, matcher.Find(text)),
                p is BoardMessage bm ? bm.Overdue(now, Options) : ReplyOverdue.None);
        }).ToList();
        var articleIds = list.OfType<Comment>().Select(c => c.ArticleId).Distinct().ToList();
        ArticleTitles = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return Page();
    }
}
