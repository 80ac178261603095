using Dundian.Core.FieldWork;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>
/// 蹲点手记 / 调研报告 the user may see (a cadre his own, a group lead his group's, an office its org units), or with
/// <c>queue=1</c> the office's review queue: submitted writings of the campaigns it runs. Newest first, paged.
/// </summary>
public class IndexModel(WritingService writings) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Queue { get; set; }
    [BindProperty(SupportsGet = true)] public WritingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public WritingKind WritingKind { get; private set; }
    public List<WritingListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool IsOffice { get; private set; }
    public bool MayWrite { get; private set; }
    public int QueueCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (!actor.Scope.DoesFieldWork()) return Forbid();
        Kind ??= "notes";
        if (WritingKinds.FromSegment(Kind) is not { } kind || Kind is not ("notes" or "reports")) return NotFound();
        WritingKind = kind;
        IsOffice = actor.Scope.IsOffice();
        MayWrite = (await writings.AuthorChoicesAsync(actor, ct)).Count > 0;
        if (kind == WritingKind.FieldNote) await FillAsync<FieldNote>(actor, ct);
        else await FillAsync<ResearchReport>(actor, ct);
        return Page();
    }

    private async Task FillAsync<T>(StaffActor actor, CancellationToken ct) where T : ReviewedWriting
    {
        var queue = await writings.ReviewQueueAsync<T>(actor, ct);
        QueueCount = IsOffice ? await queue.CountAsync(ct) : 0;
        var query = (Queue ? queue : writings.VisibleTo<T>(actor)).AsNoTracking();
        if (Status is { } s && Enum.IsDefined(s)) query = query.Where(w => w.Status == s);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await query
            .OrderByDescending(w => w.PublishedAt ?? w.ApprovedAt ?? w.SubmittedAt ?? w.CreatedAt).ThenByDescending(w => w.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(w => new
            {
                w.Id, w.Title, Author = w.Author!.Name, Group = w.Author.Group!.Name, Village = w.Village!.Name,
                Campaign = w.Campaign!.Name, w.Status, Updated = w.PublishedAt ?? w.ApprovedAt ?? w.SubmittedAt ?? w.CreatedAt,
            })
            .ToListAsync(ct);
        Rows = rows.Select(r => new WritingListRow(r.Id, r.Title, r.Author, r.Group, r.Village, r.Campaign, r.Status, r.Updated)).ToList();
    }

    public string ListUrl(string? kind = null, bool? queue = null, WritingStatus? status = null, int page = 1, bool keepStatus = true)
    {
        var q = new Dictionary<string, string?>
        {
            ["queue"] = (queue ?? Queue) ? "true" : null,
            ["status"] = (status ?? (keepStatus ? Status : null))?.ToString(),
            ["p"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return $"/manage/writings/{kind ?? Kind}" + QueryString.Create(q.Where(x => x.Value is not null)).ToUriComponent();
    }
}
