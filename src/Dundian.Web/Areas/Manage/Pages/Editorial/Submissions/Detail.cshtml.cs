using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Submissions;
using Dundian.Web.Accounts;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Submissions;

/// <summary>One item; editors whose grants cover its unit adopt it into a channel or decline it with a reason.</summary>
public class DetailModel(DundianDbContext db, SubmissionAccess access, SubmissionService service) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    public Submission Item { get; private set; } = null!;
    public bool MayHandle { get; private set; }
    public List<Channel> Channels { get; private set; } = [];
    public Dictionary<int, int> PointsByChannel { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAdoptAsync(int channelId, CancellationToken ct) =>
        StepAsync(() => service.AdoptAsync(Item, channelId, User.DisplayName(), ct), "已采用。", ct);

    public Task<IActionResult> OnPostDeclineAsync(string? reason, CancellationToken ct) =>
        StepAsync(() => service.DeclineAsync(Item, reason, User.DisplayName(), ct), "已标记为不采用。", ct);

    private async Task<IActionResult> StepAsync(Func<Task> step, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!MayHandle) return Forbid();
        return await ActAsync(step, done, $"/manage/submissions/{Id}", async () => await LoadAsync(ct));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!SubmissionAccess.MayUse(scope)) return Forbid();
        var (item, maySee, mayHandle) = await access.LoadAsync(scope, SubmissionAccess.UserId(User), Id, ct);
        if (item is null) return NotFound();
        if (!maySee) return Forbid();
        Item = item;
        MayHandle = mayHandle;
        if (mayHandle && item.Status == SubmissionStatus.Submitted)
        {
            Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
            foreach (var c in Channels) PointsByChannel[c.Id] = await service.PointsForAsync(c.Id, ct);
        }
        return null;
    }
}
