using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.HomePage;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Home;

/// <summary>
/// 首页布局: which blocks the home page shows, in which order, how many items each; and the 友情链接. The portal
/// belongs to the root unit, so its editors and system admins only (<see cref="NewsroomAccess.MayWriteAsync"/>).
/// </summary>
public class IndexModel(DundianDbContext db, NewsroomAccess access, HomeArrangement arrangement, HomeArrangementEditor editor) : PageModel
{
    public const int BlankRows = 3;

    [BindProperty] public List<HomeRowInput> Rows { get; set; } = [];
    [BindProperty] public List<LinkRowInput> Links { get; set; } = [];
    public List<Channel> Channels { get; private set; } = [];
    public bool IsDefault { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.MayWriteAsync(User.Scope(), ct)) return Forbid();
        await LoadAsync(fromDatabase: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSectionsAsync(CancellationToken ct)
    {
        if (!await access.MayWriteAsync(User.Scope(), ct)) return Forbid();
        var keep = Rows.Select((r, i) => (r, i)).Where(x => x.r.Kind is not null && !x.r.Remove)
            .OrderBy(x => x.r.Order).ThenBy(x => x.i)
            .Select(x => new HomeArrangementEditor.SectionInput(x.r.Kind!.Value,
                x.r.Kind is HomeSectionKind.Channel or HomeSectionKind.Headline or HomeSectionKind.Focus ? x.r.ChannelId : null, x.r.ItemCount))
            .ToList();
        return await SaveAsync(() => editor.SaveSectionsAsync(keep, ct), "首页布局已保存,首页已按新布局显示。", ct);
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (!await access.MayWriteAsync(User.Scope(), ct)) return Forbid();
        return await SaveAsync(() => editor.ResetSectionsAsync(ct), "已恢复默认布局。", ct);
    }

    public async Task<IActionResult> OnPostLinksAsync(CancellationToken ct)
    {
        if (!await access.MayWriteAsync(User.Scope(), ct)) return Forbid();
        var keep = Links.Select((l, i) => (l, i))
            .Where(x => !x.l.Remove && !(string.IsNullOrWhiteSpace(x.l.Name) && string.IsNullOrWhiteSpace(x.l.Url)))
            .OrderBy(x => x.l.Order).ThenBy(x => x.i)
            .Select(x => new HomeArrangementEditor.LinkInput(x.l.Name ?? "", x.l.Url ?? "")).ToList();
        return await SaveAsync(() => editor.SaveLinksAsync(keep, ct), "友情链接已保存。", ct);
    }

    private async Task<IActionResult> SaveAsync(Func<Task> save, string message, CancellationToken ct)
    {
        try
        {
            await save();
            TempData["Message"] = message;
            return Redirect("/manage/home");
        }
        catch (ValidationException e)
        {
            // Nothing was saved: show the form as posted with the reason.
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(fromDatabase: false, ct);
            return Page();
        }
    }

    private async Task LoadAsync(bool fromDatabase, CancellationToken ct)
    {
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        IsDefault = !await db.HomeSections.AnyAsync(ct);
        if (fromDatabase)
        {
            Rows = (await arrangement.CurrentAsync(ct)).Select((s, i) => new HomeRowInput
            {
                Order = (i + 1) * 10, Kind = s.Kind, ChannelId = s.ChannelId, ItemCount = s.ItemCount,
            }).ToList();
            Links = (await db.FriendLinks.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync(ct))
                .Select((l, i) => new LinkRowInput { Order = (i + 1) * 10, Name = l.Name, Url = l.Url }).ToList();
        }
        Rows = Rows.Where(r => r.Kind is not null).ToList();
        Links = Links.Where(l => !string.IsNullOrWhiteSpace(l.Name) || !string.IsNullOrWhiteSpace(l.Url)).ToList();
        var next = (Rows.Count + 1) * 10;
        for (var i = 0; i < BlankRows; i++) Rows.Add(new HomeRowInput { Order = next + i * 10, ItemCount = HomeArrangement.DefaultChannelItems });
        next = (Links.Count + 1) * 10;
        for (var i = 0; i < BlankRows; i++) Links.Add(new LinkRowInput { Order = next + i * 10 });
    }
}
