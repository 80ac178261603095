using Dundian.Core.Common;
using Dundian.Core.Org;
using Dundian.Core.Topics;
using Dundian.Web.Accounts;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Topics;

/// <summary>专题 list (topics owned by units under the editor's grants) and the form that starts a new one.</summary>
public class IndexModel(TopicAccess access, TopicComposer composer) : PageModel
{
    public List<SpecialTopic> Items { get; private set; } = [];
    public List<OrgUnit> Units { get; private set; } = [];
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public int OwnerUnitId { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TopicAccess.MayUse(User.Scope())) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!TopicAccess.MayUse(User.Scope())) return Forbid();
        await LoadAsync(ct);
        try
        {
            if (Units.All(u => u.Id != OwnerUnitId)) throw new ValidationException(nameof(OwnerUnitId), "请选择您管理范围内的主办单位。");
            var topic = new SpecialTopic { Title = "", Slug = "", OwnerUnitId = OwnerUnitId };
            await composer.ApplyAsync(topic, Title, Slug, "", null, published: false, ct);
            TempData["Message"] = "专题已创建(未发布),请添加栏块。";
            return Redirect($"/manage/topics/{topic.Id}");
        }
        catch (ValidationException e)
        {
            Error = e.Message;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await access.ListAsync(User.Scope(), ct);
        Units = await access.UnitsAsync(User.Scope(), ct);
    }
}
