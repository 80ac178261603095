using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Commitments;
using Dundian.Core.Community;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Dundian.Web.Commitments;
using Dundian.Web.Community;
using Dundian.Web.Concerns;
using Dundian.Web.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Workspace;

/// <summary>
/// What waits for one person, computed from the records with the same scope rules the pages use (each count links to
/// the page where the work is done, and that page shows the same records): articles and writings to review, concerns
/// overdue / due soon / waiting for 回访, unread 督办 messages, posts to moderate, this week's missing field logs, stale
/// channels, commitments near their deadline. Only non-zero lines are returned. For an admin of the whole site it also
/// lists set-up gaps (<see cref="SetupChecksAsync"/>).
/// </summary>
public sealed class Workbench(DundianDbContext db, ConcernAccess concerns, CommitmentAccess commitments,
    NewsroomAccess newsroom, WritingService writings, ChannelFreshness freshness, TimeProvider clock,
    IOptions<WorkspaceOptions> options, IOptions<NewsroomOptions> newsroomOptions)
{
    public async Task<List<WorkItem>> ItemsAsync(StaffActor me, CancellationToken ct = default)
    {
        var items = new List<WorkItem>();
        var scope = me.Scope;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(now));
        var soonDays = options.Value.DueSoonDays;

        if (await newsroom.MayReviewAsync(scope, ct))
        {
            // At the level the channel assigns this reviewer, never his own article.
            var toReview = await db.Articles.CountAsync(a => a.Status == ArticleStatus.InReview && a.CreatedById != me.UserId
                && db.ChannelReviewers.Any(r => r.ChannelId == a.ChannelId && r.Level == a.PendingLevel && r.UserId == me.UserId), ct);
            Add(items, "编辑部", "待我审核的文章", toReview, "/manage/articles/review");
        }
        if (await newsroom.MayWriteAsync(scope, ct))
        {
            var returned = await db.Articles.CountAsync(a => a.CreatedById == me.UserId && a.Status == ArticleStatus.Draft && a.RejectionReason != null, ct);
            Add(items, "编辑部", "被退回待修改的文章", returned, "/manage/newsroom", urgent: true);
            var stale = await freshness.StaleAsync(newsroomOptions.Value.StaleAfterDays, ct);
            Add(items, "编辑部", "超期未更新的栏目", stale.Count, "/manage/newsroom");
        }

        var notes = await (await writings.ReviewQueueAsync<FieldNote>(me, ct)).CountAsync(ct);
        Add(items, "蹲点调研", "待审核的蹲点手记", notes, "/manage/writings/notes?queue=true");
        var reports = await (await writings.ReviewQueueAsync<ResearchReport>(me, ct)).CountAsync(ct);
        Add(items, "蹲点调研", "待审核的调研报告", reports, "/manage/writings/reports?queue=true");
        await AddMissingLogsAsync(items, me, today, ct);

        if (ConcernAccess.MayUse(scope))
        {
            var villages = await concerns.VillageIdsAsync(scope, ct: ct);
            var mine = db.Concerns.Where(c => villages.Contains(c.VillageId));
            var soon = now.AddDays(soonDays);
            var open = mine.Where(c => c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress);
            Add(items, "民情", "待交办的诉求", await mine.CountAsync(c => c.Status == ConcernStatus.Received, ct), "/manage/concerns?status=Received");
            Add(items, "民情", "已超期的诉求", await open.CountAsync(c => c.DueAt < now, ct), "/manage/concerns?overdue=true", urgent: true);
            Add(items, "民情", $"{soonDays} 天内到期的诉求", await open.CountAsync(c => c.DueAt >= now && c.DueAt < soon, ct), "/manage/concerns?dueSoon=true");
            Add(items, "民情", "待回访的诉求", await mine.CountAsync(c => c.Status == ConcernStatus.Resolved, ct), "/manage/concerns?status=Resolved");
            Add(items, "民情", "待审批的延期申请", await open.CountAsync(c => c.ExtensionRequestedUntil != null, ct), "/manage/concerns?extension=true");
        }
        Add(items, "民情", "未读督办消息", await db.InboxEntries.CountAsync(e => e.RecipientUserId == me.UserId && e.ReadAt == null, ct),
            "/manage/inbox", urgent: true);
        if (CommitmentAccess.MayUse(scope))
        {
            var limit = today.AddDays(soonDays);
            var near = (await commitments.ListAsync(scope, ct)).Count(c =>
                c.Status is CommitmentStatus.Open or CommitmentStatus.InProgress && c.Deadline <= limit);
            Add(items, "民情", $"已到期或 {soonDays} 天内到期的公开承诺", near, "/manage/commitments");
        }
        if (ModerationAccess.MayModerate(scope))
            Add(items, "互动", "待审核的评论和留言", await db.CommunityPosts.CountAsync(p => p.Status == PostStatus.Pending, ct), "/manage/moderation");
        return items;
    }

    /// <summary>
    /// 本周未报: participants (the person himself, the members of the group he leads, or for an office the participants
    /// of the running campaigns it manages) with no field log touching this China week (Monday to Sunday), while
    /// their campaign runs. A reminder only: low burden means no check-in duty, so it is never a ranking.
    /// </summary>
    private async Task AddMissingLogsAsync(List<WorkItem> items, StaffActor me, DateOnly today, CancellationToken ct)
    {
        var scope = me.Scope;
        if (!scope.DoesFieldWork()) return;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        // Retired people and groups take no new stays, so nobody is reminded of them.
        var running = db.Participants.Where(p => p.Campaign!.StartDate <= today && today <= p.Campaign.EndDate && p.GroupId != null
            && p.RetiredAt == null && p.Group!.RetiredAt == null);
        var quiet = running.Where(p => !db.FieldLogs.Any(l => l.ParticipantId == p.Id && l.StartDate <= sunday && l.EndDate >= monday));
        var own = await quiet.AnyAsync(p => p.UserId == me.UserId, ct);
        if (own) Add(items, "蹲点调研", "本周我尚未登记蹲点日志", 1, "/manage/field-logs/new");
        if (scope.Has(StaffRole.GroupLead))
        {
            var group = await quiet.CountAsync(p => p.Group!.Leader!.UserId == me.UserId && p.UserId != me.UserId, ct);
            Add(items, "蹲点调研", "本组本周尚未登记蹲点日志的成员", group, "/manage/field-logs");
        }
        if (scope.IsOffice())
        {
            var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.StartDate <= today && today <= c.EndDate)
                .Select(c => new { c.Id, c.OrgUnit!.Path }).ToListAsync(ct);
            var ids = campaigns.Where(c => scope.MayManage(c.Path)).Select(c => c.Id).ToList();
            if (ids.Count > 0)
                Add(items, "蹲点调研", "本周尚未登记蹲点日志的参加人员", await quiet.CountAsync(p => ids.Contains(p.CampaignId), ct),
                    "/manage/field-logs");
        }
    }

    /// <summary>The day's first actions, one click from the 工作台: write, record, take a call.</summary>
    public async Task<List<(string Title, string Url)>> QuickActionsAsync(StaffScope scope, CancellationToken ct = default)
    {
        var actions = new List<(string, string)>();
        if (await newsroom.MayWriteAsync(scope, ct)) actions.Add(("写文章", "/manage/articles/edit"));
        if (scope.DoesFieldWork()) actions.Add(("登记蹲点日志", "/manage/field-logs/new"));
        if (ConcernAccess.Paths(scope, ConcernAccess.IntakeRoles).Count > 0) actions.Add(("热线录入", "/manage/concerns/new"));
        return actions;
    }

    /// <summary>
    /// Set-up gaps on a fresh install, for an admin whose grant covers the site (the root unit): channels that cannot
    /// take a submission because a review level has no reviewer, an empty sensitive-word lexicon, campaigns without
    /// research groups.
    /// </summary>
    public async Task<List<SetupCheck>> SetupChecksAsync(StaffScope scope, CancellationToken ct = default)
    {
        var checks = new List<SetupCheck>();
        if (!await newsroom.MayManageChannelsAsync(scope, ct)) return checks;
        var channels = await db.Channels.AsNoTracking().Where(c => c.ListStyle != ChannelListStyle.SinglePage)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name, c.ReviewLevels }).ToListAsync(ct);
        var levels = await db.ChannelReviewers.AsNoTracking().Select(r => new { r.ChannelId, r.Level }).Distinct().ToListAsync(ct);
        foreach (var c in channels)
        {
            var missing = Enumerable.Range(1, c.ReviewLevels).Where(l => !levels.Any(r => r.ChannelId == c.Id && r.Level == l)).ToList();
            if (missing.Count > 0)
                checks.Add(new SetupCheck($"栏目“{c.Name}”第 {string.Join("、", missing.Select(l => l.ToString(CultureInfo.InvariantCulture)))} 级没有审核人,文章无法提交审核",
                    "指定各级审核人(或减少审核级数)", $"/manage/channels/edit/{c.Id}"));
        }
        if (!await db.SensitiveWords.AnyAsync(ct))
            checks.Add(new SetupCheck("敏感词库为空,评论、留言和文章不做敏感词检查", "导入敏感词表或逐条添加", "/manage/sensitive-words"));
        var bare = await db.Campaigns.AsNoTracking().Where(c => !db.ResearchGroups.Any(g => g.CampaignId == c.Id))
            .Select(c => new { c.Id, c.Name, c.OrgUnit!.Path }).ToListAsync(ct);
        foreach (var c in bare.Where(c => scope.MayManage(c.Path)))
            checks.Add(new SetupCheck($"活动“{c.Name}”还没有调研组,无法登记蹲点日志", "新增调研组并指定联系村", $"/manage/campaigns/{c.Id}/groups"));
        return checks;
    }

    private static void Add(List<WorkItem> items, string area, string title, int count, string url, bool urgent = false)
    {
        if (count > 0) items.Add(new WorkItem(area, title, count, url, urgent));
    }
}
