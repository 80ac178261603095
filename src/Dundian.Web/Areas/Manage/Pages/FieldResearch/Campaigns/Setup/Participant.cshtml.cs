using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 新增/修改参加人员. The linked account (so he may record his own field logs) must exist and belong to the
/// campaign's org line; one account is linked to at most one participant of a campaign, or his logs would be ambiguous.
/// </summary>
public class ParticipantModel(DundianDbContext db, CampaignRetirements retirements) : CampaignSetupPage(db)
{
    [BindProperty] public ParticipantForm Input { get; set; } = new();
    public Participant? Participant { get; private set; }
    public List<ResearchGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? participantId, CancellationToken ct)
    {
        if (await LoadAsync(id, participantId, ct) is { } denied) return denied;
        if (Participant is not null) Input = ParticipantForm.From(Participant);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? participantId, CancellationToken ct)
    {
        if (await LoadAsync(id, participantId, ct) is { } denied) return denied;
        if (!ModelState.IsValid) { Error = "填写的内容格式不正确,请检查。"; return Page(); }
        return await ActAsync(async () =>
        {
            var person = Participant ?? new Participant { CampaignId = id, Name = "" };
            if (Input.GroupId is { } g && Groups.All(x => x.Id != g)) throw new ValidationException("GroupId", "请选择本活动的调研组。");
            Input.ApplyTo(person);
            person.UserId = await UserIdAsync(person, ct);
            if (person.Id == 0) Db.Participants.Add(person);
            await Db.SaveChangesAsync(ct);
            return $"已保存参加人员“{person.Name}”。";
        }, $"/manage/campaigns/{id}/participants", async () => await LoadAsync(id, participantId, ct));
    }

    /// <summary>停用: he keeps his logs and writings (figures unchanged) but leaves the pickers; see <see cref="CampaignRetirements"/>.</summary>
    public async Task<IActionResult> OnPostRetireAsync(int id, int participantId, string? reason, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, participantId, ct) is { } denied) return denied;
        var name = Participant!.Name;
        return await ActAsync(async () =>
        {
            RequireConfirmed(confirm, "停用");
            await retirements.RetireParticipantAsync(User.Scope(), id, participantId, reason, ct);
        }, $"已停用参加人员“{name}”。", $"/manage/campaigns/{id}/participants", async () => await LoadAsync(id, participantId, ct));
    }

    private async Task<string?> UserIdAsync(Participant person, CancellationToken ct)
    {
        var userName = Input.UserName?.Trim();
        if (string.IsNullOrEmpty(userName)) return null;
        var userId = await Db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstOrDefaultAsync(ct)
            ?? throw new ValidationException("UserName", $"账号“{userName}”不存在。");
        // The account must belong to this campaign's org line (a grant on its unit, above it or below it): an office
        // may not hand another county's or another town's account the right to log stays here.
        var campaignPath = Campaign.OrgUnit!.Path;
        var grantPaths = await Db.RoleGrants.Where(g => g.UserId == userId).Select(g => g.OrgUnit!.Path).ToListAsync(ct);
        if (!grantPaths.Any(p => campaignPath.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(campaignPath, StringComparison.Ordinal)))
            throw new ValidationException("UserName", $"账号“{userName}”不属于{Campaign.OrgUnit.Name}及其上下级单位,不能关联。");
        var other = await Db.Participants.Where(p => p.CampaignId == person.CampaignId && p.UserId == userId && p.Id != person.Id)
            .Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (other is not null) throw new ValidationException("UserName", $"账号“{userName}”已关联本活动的{other}。");
        return userId;
    }

    private async Task<IActionResult?> LoadAsync(int id, int? participantId, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        Participant = participantId is null ? null
            : await Db.Participants.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == participantId && p.CampaignId == id, ct);
        if (participantId is not null && Participant is null) return NotFound();
        // Retired groups leave the picker; the one he is in stays so that saving him does not move him.
        var current = Participant?.GroupId;
        Groups = await Db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == id && (g.RetiredAt == null || g.Id == current))
            .OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToListAsync(ct);
        return null;
    }
}
