using Dundian.Core.Community;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Community;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Areas.Manage.Pages.Moderation;

/// <summary>
/// One comment or message for a moderator: its text with sensitive words highlighted, the contact masked, and the
/// steps 通过 / 不通过 (with a reason) / 官方答复 (signed by a unit in the moderator's scope). Every write is audited
/// by the DbContext; every handler checks the role first.
/// </summary>
public class DetailModel(DundianDbContext db, OrgTree tree, SensitiveWordLexicon lexicon, IOptions<CommunityOptions> options,
    TimeProvider clock) : StaffPageModel
{
    [FromRoute] public long Id { get; set; }

    public CommunityPost Post { get; private set; } = null!;
    public string? ArticleTitle { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public string? SubjectHtml { get; private set; }
    public string NicknameHtml { get; private set; } = "";
    public int TotalReports { get; private set; }
    public ReplyOverdue Overdue { get; private set; }
    public List<OrgUnit> ReplyUnits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModerationAccess.MayModerate(User.Scope())) return Forbid();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        StepAsync(p => p.Approve(User.Identity!.Name!, Now), "已通过,内容已公开。", ct);

    public Task<IActionResult> OnPostRejectAsync(string? reason, CancellationToken ct) =>
        StepAsync(p => p.Reject(reason, User.Identity!.Name!, Now), "已设为不通过,内容不公开。", ct);

    public async Task<IActionResult> OnPostReplyAsync(string? reply, int unitId, CancellationToken ct)
    {
        if (!ModerationAccess.MayModerate(User.Scope())) return Forbid();
        var units = await ReplyUnitsAsync(ct);
        if (units.All(u => u.Id != unitId)) return await FailAsync("请选择以哪个单位的名义答复(须在您的管理范围内)。", ct);
        return await StepAsync(p => p.Reply(reply, unitId, User.Identity!.Name!, Now), "答复已保存,将显示在内容下方。", ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IActionResult> StepAsync(Action<CommunityPost> step, string done, CancellationToken ct)
    {
        if (!ModerationAccess.MayModerate(User.Scope())) return Forbid();
        var post = await db.CommunityPosts.FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (post is null) return NotFound();
        var gone = false;
        var result = await ActAsync(async () =>
        {
            step(post);
            await db.SaveChangesAsync(ct);
        }, done, $"/manage/moderation/{Id}", async () => gone = !await LoadAsync(ct));
        return gone ? NotFound() : result;
    }

    private async Task<IActionResult> FailAsync(string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Error = message;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    // Reply in the name of a county, town or city unit under the moderator's grants (villages do not sign replies).
    private async Task<List<OrgUnit>> ReplyUnitsAsync(CancellationToken ct) =>
        (await tree.UnderAsync(ModerationAccess.ReplyUnitPaths(User.Scope()), ct))
            .Where(u => u.Level != OrgLevel.Village).OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Id).ToList();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var post = await db.CommunityPosts.AsNoTracking().Include(p => p.ReplyUnit).FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (post is null) return false;
        Post = post;
        var matcher = await lexicon.GetAsync(ct);
        string Mark(string text) => SensitiveWordHighlighter.ToHtml(text, matcher.Find(text));
        BodyHtml = Mark(post.Body);
        NicknameHtml = Mark(post.Nickname);
        if (post is BoardMessage m)
        {
            SubjectHtml = Mark(m.Subject);
            Overdue = m.Overdue(Now, options.Value);
        }
        if (post is Comment c)
            ArticleTitle = await db.Articles.Where(a => a.Id == c.ArticleId).Select(a => a.Title).FirstOrDefaultAsync(ct);
        TotalReports = await db.PostReports.CountAsync(r => r.PostId == Id, ct);
        ReplyUnits = await ReplyUnitsAsync(ct);
        return true;
    }
}
