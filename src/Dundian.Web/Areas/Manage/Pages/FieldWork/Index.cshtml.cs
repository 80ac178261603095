using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>
/// Field logs the signed-in user may see, newest stay first. Scope comes only from
/// <see cref="FieldLogService.VisibleTo"/>: a cadre his own, a group lead his group's, an office its org units.
/// </summary>
public class IndexModel(FieldLogService fieldLogs) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string Campaign, string Person, string? Group, string Village, DateOnly Start, DateOnly End,
        int Days, int Households, int Symposiums, int Talks, int Consoled, decimal ConsolationYuan);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = fieldLogs.VisibleTo(User.Actor()).AsNoTracking();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query.OrderByDescending(l => l.StartDate).ThenByDescending(l => l.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(l => new
            {
                l.Id, Campaign = l.Campaign!.Name, Person = l.Participant!.Name, Group = l.Participant.Group!.Name,
                Village = l.Village!.Name, l.StartDate, l.EndDate, l.HouseholdsVisited, l.Symposiums, l.Talks,
                l.ConsolationHouseholds, l.ConsolationAmountFen,
            })
            .ToListAsync(ct);
        Rows = rows.Select(l => new Row(l.Id, l.Campaign, l.Person, l.Group, l.Village, l.StartDate, l.EndDate,
            l.EndDate.DayNumber - l.StartDate.DayNumber + 1, l.HouseholdsVisited, l.Symposiums, l.Talks,
            l.ConsolationHouseholds, Dundian.Core.Common.Money.ToYuan(l.ConsolationAmountFen))).ToList();
    }
}
