using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// Field logs the signed-in user may see, newest stay first, filtered by person, group, village and dates and searched
/// by words (name, village, place, notes). Scope comes only from <see cref="FieldLogService.VisibleTo"/>: a cadre his
/// own, a group lead his group's, an office its org units. Rows he may correct carry a 更正 link.
/// </summary>
public class IndexModel(FieldLogService fieldLogs, FieldLogCorrections corrections, IOptions<WorkspaceOptions> options) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string Campaign, string Person, string? Group, string Village, DateOnly Start, DateOnly End,
        int Days, int Households, int Symposiums, int Talks, int Consoled, decimal ConsolationYuan, bool MayCorrect);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? ParticipantId { get; set; }
    [BindProperty(SupportsGet = true)] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true)] public int? VillageId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public Picker People { get; private set; } = null!;
    public List<(int Id, string Name)> Groups { get; private set; } = [];
    public List<(int Id, string Name)> Villages { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        var visible = fieldLogs.VisibleTo(actor).AsNoTracking();
        // Choices come from the logs the user sees, so a filter never reveals a person or a village outside his scope.
        var people = await visible.Select(l => new { l.ParticipantId, l.Participant!.Name, Group = l.Participant.Group!.Name })
            .Distinct().ToListAsync(ct);
        People = new Picker("participantId", "participantId", "人员",
            people.OrderBy(p => p.Group).ThenBy(p => p.Name)
                .Select(p => new PickerOption(p.ParticipantId.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, 0, p.Group)).ToList(),
            ParticipantId?.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Empty = "全部人员" };
        Groups = (await visible.Where(l => l.Participant!.GroupId != null)
                .Select(l => new { Id = l.Participant!.GroupId!.Value, l.Participant.Group!.Name, l.Participant.Group.SortOrder }).Distinct().ToListAsync(ct))
            .OrderBy(g => g.SortOrder).Select(g => (g.Id, g.Name)).ToList();
        Villages = (await visible.Select(l => new { l.VillageId, l.Village!.Name, l.VillagePath }).Distinct().ToListAsync(ct))
            .OrderBy(v => v.VillagePath, StringComparer.Ordinal).Select(v => (v.VillageId, v.Name)).ToList();

        var query = visible;
        if (ParticipantId is { } pid) query = query.Where(l => l.ParticipantId == pid);
        if (GroupId is { } gid) query = query.Where(l => l.Participant!.GroupId == gid);
        if (VillageId is { } vid) query = query.Where(l => l.VillageId == vid);
        // A stay counts when it touches the period.
        if (From is { } from) query = query.Where(l => l.EndDate >= from);
        if (To is { } to) query = query.Where(l => l.StartDate <= to);
        foreach (var w in (Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            query = query.Where(l => l.Participant!.Name.Contains(w) || l.Village!.Name.Contains(w)
                                     || (l.Location != null && l.Location.Contains(w)) || (l.Notes != null && l.Notes.Contains(w)));

        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query.OrderByDescending(l => l.StartDate).ThenByDescending(l => l.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(l => new
            {
                l.Id, Campaign = l.Campaign!.Name, Person = l.Participant!.Name, Group = l.Participant.Group!.Name,
                Village = l.Village!.Name, l.StartDate, l.EndDate, l.HouseholdsVisited, l.Symposiums, l.Talks,
                l.ConsolationHouseholds, l.ConsolationAmountFen, l.VillagePath, Owner = l.Participant.UserId, l.CreatedAt,
            })
            .ToListAsync(ct);
        var days = options.Value.FieldLogCorrectionDays;
        Rows = rows.Select(l => new Row(l.Id, l.Campaign, l.Person, l.Group, l.Village, l.StartDate, l.EndDate,
            l.EndDate.DayNumber - l.StartDate.DayNumber + 1, l.HouseholdsVisited, l.Symposiums, l.Talks,
            l.ConsolationHouseholds, Dundian.Core.Common.Money.ToYuan(l.ConsolationAmountFen),
            corrections.WhyNot(actor, l.VillagePath, l.Owner, l.CreatedAt, days) is null)).ToList();
    }

    /// <summary>The list's address for page <paramref name="page"/>, keeping the filters.</summary>
    public string PageUrl(int page) => "/manage/field-logs" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["participantId"] = ParticipantId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["groupId"] = GroupId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["villageId"] = VillageId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
