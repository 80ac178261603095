using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Field notes and research reports: who sees which (a cadre his own, a group lead his group's, an office its org
/// units), who may write (the author, through his own participant record) and who reviews and publishes (the office
/// that runs the campaign, or an admin above it). The state machine itself is <see cref="ReviewedWriting"/>; every
/// check here runs before anything is saved, so a refusal leaves the database as it was.
/// </summary>
public class WritingService(DundianDbContext db, HtmlCleaner cleaner, TimeProvider clock)
{
    public static readonly StaffRole[] OfficeRoles = [StaffRole.CampaignOffice, StaffRole.SystemAdmin];
    private static readonly StaffRole[] AuthorRoles = [StaffRole.Cadre, StaffRole.GroupLead];

    public IQueryable<T> VisibleTo<T>(StaffActor actor) where T : ReviewedWriting
    {
        var scope = actor.Scope;
        var userId = actor.UserId;
        var visible = QueryPredicates.Never<T>();
        if (AuthorRoles.Any(scope.Has))
            visible = QueryPredicates.Or(visible, w => w.Author!.UserId == userId);
        if (scope.Has(StaffRole.GroupLead))
            visible = QueryPredicates.Or(visible, w => w.Author!.Group!.Leader!.UserId == userId);
        var officePaths = scope.PathsFor(OfficeRoles);
        if (officePaths.Count > 0)
            visible = QueryPredicates.Or(visible, QueryPredicates.StartsWithAny<T>(w => w.VillagePath, officePaths));
        return db.Set<T>().Where(visible);
    }

    /// <summary>Writings waiting for a decision of this office: submitted, in campaigns whose org unit it covers.</summary>
    public async Task<IQueryable<T>> ReviewQueueAsync<T>(StaffActor actor, CancellationToken ct = default) where T : ReviewedWriting
    {
        var campaigns = await ReviewableCampaignIdsAsync(actor, ct);
        return VisibleTo<T>(actor).Where(w => w.Status == WritingStatus.Submitted && campaigns.Contains(w.CampaignId));
    }

    public async Task<List<int>> ReviewableCampaignIdsAsync(StaffActor actor, CancellationToken ct = default)
    {
        if (!OfficeRoles.Any(actor.Scope.Has)) return [];
        var campaigns = await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.OrgUnit!.Path }).ToListAsync(ct);
        return campaigns.Where(c => actor.Scope.CoversAny(OfficeRoles, c.Path)).Select(c => c.Id).ToList();
    }

    /// <summary>The writing (tracked, with author, campaign and village) and whether it exists at all.</summary>
    public async Task<(T? Writing, bool Found)> LoadAsync<T>(StaffActor actor, int id, CancellationToken ct = default)
        where T : ReviewedWriting
    {
        var exists = await db.Set<T>().AnyAsync(w => w.Id == id, ct);
        if (!exists) return (null, false);
        var writing = await VisibleTo<T>(actor)
            .Include(w => w.Author).ThenInclude(a => a!.Group)
            .Include(w => w.Campaign).ThenInclude(c => c!.OrgUnit)
            .Include(w => w.Village)
            .FirstOrDefaultAsync(w => w.Id == id, ct);
        return (writing, true);
    }

    public static bool IsAuthor(StaffActor actor, ReviewedWriting writing) =>
        writing.Author?.UserId is { } owner && owner == actor.UserId && AuthorRoles.Any(actor.Scope.Has);

    public static bool MayReview(StaffActor actor, ReviewedWriting writing) =>
        writing.Campaign?.OrgUnit is { } unit && actor.Scope.CoversAny(OfficeRoles, unit.Path);

    /// <summary>Whether <paramref name="actor"/> may ask for <paramref name="action"/> at all (the state is checked by the writing).</summary>
    public static bool MayAct(StaffActor actor, ReviewedWriting writing, WritingAction action) => action == WritingAction.Submit
        ? IsAuthor(actor, writing)
        : MayReview(actor, writing);

    /// <summary>The participant records the user may write as (his own, in a group with liaison villages).</summary>
    public async Task<List<WritingAuthorChoice>> AuthorChoicesAsync(StaffActor actor, CancellationToken ct = default)
    {
        if (!AuthorRoles.Any(actor.Scope.Has)) return [];
        var userId = actor.UserId;
        var people = await db.Participants.AsNoTracking()
            .Where(p => p.UserId == userId && p.GroupId != null && p.RetiredAt == null)
            .Select(p => new
            {
                p.Id, p.Name, p.Title, p.GroupId, Group = p.Group!.Name, Campaign = p.Campaign!.Name,
                Villages = p.Group.LiaisonVillages.OrderBy(l => l.FromDate).Select(l => new { l.VillageId, l.Village!.Name }).ToList(),
            })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var choices = new List<WritingAuthorChoice>();
        foreach (var p in people)
        {
            var topics = await TopicsOf(p.Id, p.GroupId).Where(t => t.RetiredAt == null).Select(t => new { t.Id, t.Title }).ToListAsync(ct);
            choices.Add(new WritingAuthorChoice(p.Id, $"{p.Name}({p.Title},{p.Group}·{p.Campaign})",
                p.Villages.Select(v => (v.VillageId, v.Name)).Distinct().ToList(), topics.Select(t => (t.Id, t.Title)).ToList()));
        }
        return choices;
    }

    public async Task<T> CreateAsync<T>(StaffActor actor, WritingInput input, CancellationToken ct = default)
        where T : ReviewedWriting, new()
    {
        var author = await db.Participants.Include(p => p.Group).ThenInclude(g => g!.LiaisonVillages).ThenInclude(l => l.Village)
            .FirstOrDefaultAsync(p => p.Id == input.ParticipantId, ct);
        if (author is null || author.UserId != actor.UserId || !AuthorRoles.Any(actor.Scope.Has))
            throw new ValidationException(nameof(input.ParticipantId), "只能以本人身份撰写稿件");
        var village = VillageOf(author, input.VillageId);
        var writing = new T
        {
            CampaignId = author.CampaignId, AuthorId = author.Id, VillageId = village.Id, VillagePath = village.Path,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        writing.Edit(cleaner, input.Title ?? "", input.BodyHtml);
        var topic = await TopicFor(writing, author, input.TopicId, ct);
        db.Set<T>().Add(writing);
        if (topic is not null) topic.Report = (ResearchReport)(object)writing;
        await db.SaveChangesAsync(ct);
        return writing;
    }

    /// <summary>Saves the author's changes to a draft or a returned writing.</summary>
    public async Task UpdateAsync(StaffActor actor, ReviewedWriting writing, WritingInput input, CancellationToken ct = default)
    {
        if (!IsAuthor(actor, writing)) throw new ValidationException(nameof(input.ParticipantId), "只有作者本人可以修改稿件");
        var author = await db.Participants.Include(p => p.Group).ThenInclude(g => g!.LiaisonVillages).ThenInclude(l => l.Village)
            .FirstAsync(p => p.Id == writing.AuthorId, ct);
        var village = VillageOf(author, input.VillageId);
        writing.Edit(cleaner, input.Title ?? "", input.BodyHtml);
        var topic = await TopicFor(writing, author, input.TopicId, ct);
        writing.VillageId = village.Id;
        writing.VillagePath = village.Path;
        if (writing is ResearchReport report)
        {
            foreach (var old in await db.ResearchTopics.Where(t => t.ReportId == report.Id).ToListAsync(ct))
                if (old != topic) old.ReportId = null;
            if (topic is not null) topic.Report = report;
        }
        await db.SaveChangesAsync(ct);
    }

    public const string DeletedAction = "WritingDeleted";

    /// <summary>
    /// Deletes a draft or returned writing (never counted, so no figure moves), with a reason: its author, or the
    /// office that runs the campaign. A topic that named it as its report is freed.
    /// </summary>
    public async Task DeleteAsync(StaffActor actor, ReviewedWriting writing, string? reason, CancellationToken ct = default)
    {
        if (!IsAuthor(actor, writing) && !MayReview(actor, writing))
            throw new ValidationException("Reason", "只有作者本人或负责该活动的活动办公室可以删除稿件");
        writing.CheckDeletable();
        var why = RemovalReason.Require(reason, "删除");
        if (writing is ResearchReport report)
            foreach (var topic in await db.ResearchTopics.Where(t => t.ReportId == report.Id).ToListAsync(ct)) topic.ReportId = null;
        var type = writing.GetType().Name;
        var key = writing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.Remove(writing);
        await db.SaveWithReasonAsync(DeletedAction, type, key, why, ct);
    }

    /// <summary>One move of the state machine, by a person allowed to make it; the writing says whether its state allows it.</summary>
    public async Task ActAsync(StaffActor actor, ReviewedWriting writing, WritingAction action, string? reason = null,
        CancellationToken ct = default)
    {
        if (!MayAct(actor, writing, action))
            throw new ValidationException(nameof(ReviewedWriting.Status),
                action == WritingAction.Submit ? "只有作者本人可以提交稿件" : "只有负责该活动的活动办公室可以审核和发布稿件");
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case WritingAction.Submit: writing.Submit(now); break;
            case WritingAction.Return:
                if (PlainTextInput.HasMarkup(reason)) throw new ValidationException(nameof(ReviewedWriting.ReturnReason), "退回理由不能包含网页代码");
                if ((reason ?? "").Trim().Length > 1000) throw new ValidationException(nameof(ReviewedWriting.ReturnReason), "退回理由不能超过 1000 字");
                writing.Return(reason ?? "");
                break;
            case WritingAction.Approve: writing.Approve(now); break;
            case WritingAction.Publish: writing.Publish(now); break;
            case WritingAction.Unpublish: writing.Unpublish(); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
        await db.SaveChangesAsync(ct);
    }

    private static Org.OrgUnit VillageOf(Participant author, int villageId) =>
        author.Group?.LiaisonVillages.FirstOrDefault(l => l.VillageId == villageId)?.Village
        ?? throw new ValidationException(nameof(WritingInput.VillageId), "请选择本组的联系村");

    private IQueryable<ResearchTopic> TopicsOf(int participantId, int? groupId) =>
        db.ResearchTopics.Where(t => t.ParticipantId == participantId || (groupId != null && t.GroupId == groupId))
            .OrderBy(t => t.Id);

    private async Task<ResearchTopic?> TopicFor(ReviewedWriting writing, Participant author, int? topicId, CancellationToken ct)
    {
        if (topicId is null || writing is not ResearchReport) return null;
        var topic = await TopicsOf(author.Id, author.GroupId).FirstOrDefaultAsync(t => t.Id == topicId && t.CampaignId == author.CampaignId, ct)
            ?? throw new ValidationException(nameof(WritingInput.TopicId), "请选择本人或本组登记的调研主题");
        if (topic.ReportId != writing.Id) Retirement.RequireActive(topic, nameof(WritingInput.TopicId), "该调研主题", "撤销");
        if (topic.ReportId is { } linked && linked != writing.Id)
            throw new ValidationException(nameof(WritingInput.TopicId), "该调研主题已关联其他调研报告");
        return topic;
    }
}
