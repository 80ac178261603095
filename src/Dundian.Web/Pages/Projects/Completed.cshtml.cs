using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Projects;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Projects;

/// <summary>
/// 已完成实事项目: completed practical projects per village, for the public — title, place, funds by source and the
/// milestones. Projects are public spending by public bodies, so nothing here is personal; progress notes written by
/// staff (which may name residents) are not shown.
/// </summary>
public class CompletedModel(DundianDbContext db, ConcernChoices choices) : PageModel
{
    public const int PageSize = 30;

    public sealed record Item(int Id, string Title, string Village, string? Description, DateOnly? CompletedOn, long FundsFen,
        IReadOnlyList<(string Source, long AmountFen)> Funding, IReadOnlyList<(string Title, DateOnly? DoneOn)> Milestones);

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Village { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<VillageGroup> Villages { get; private set; } = [];
    public List<Item> Items { get; private set; } = [];
    public int Total { get; private set; }
    public decimal TotalFundsYuan { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Villages = await choices.VillagesAsync(ct: ct);
        var query = db.PracticalProjects.AsNoTracking().Where(p => p.Status == ProjectStatus.Completed);
        if (Village is { } id) query = query.Where(p => p.VillageId == id);
        Total = await query.CountAsync(ct);
        TotalFundsYuan = Money.ToYuan(await query.SumAsync(p => p.FundsFen, ct));
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query.OrderByDescending(p => p.CompletedOn).ThenByDescending(p => p.ImplementedOn).ThenByDescending(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Id, p.Title, Village = p.Village!.Name, p.Description, p.CompletedOn, p.FundsFen,
                Funding = p.Funding.OrderBy(f => f.Id).Select(f => new { f.Source, f.AmountFen }).ToList(),
                Milestones = p.Milestones.OrderBy(m => m.DueOn).Select(m => new { m.Title, m.DoneOn }).ToList(),
            })
            .AsSplitQuery().ToListAsync(ct);
        Items = rows.Select(r => new Item(r.Id, r.Title, r.Village, r.Description, r.CompletedOn, r.FundsFen,
            r.Funding.Select(f => (f.Source, f.AmountFen)).ToList(), r.Milestones.Select(m => (m.Title, m.DoneOn)).ToList())).ToList();
    }

    public string PageUrl(int page) => $"/projects/completed?p={page}" + (Village is { } v ? $"&village={v}" : "");
}
