using Dundian.Core.Accounts;
using Dundian.Core.ApiAccess;
using Dundian.Core.Common;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.ApiTokens;

/// <summary>
/// API 令牌: every staff member issues and revokes tokens for himself (the token acts with his roles and scope); a
/// SystemAdmin also issues system tokens for a platform bound to a unit under his grant. The secret is shown once, on
/// the answer to the issuing post (not through TempData or a redirect, so it never sits in a cookie). Issuing and
/// revoking are row changes, audited by the DbContext.
/// </summary>
public class IndexModel(ApiTokenService tokens, OrgTree tree, TimeProvider clock) : PageModel
{
    public sealed class TokenForm
    {
        public string Name { get; set; } = "";
        public List<string> Scopes { get; set; } = [];
        public int ExpiresInDays { get; set; } = 90;
        /// <summary>Set (by a SystemAdmin) for a system token bound to this unit; empty for a personal token.</summary>
        public int? OrgUnitId { get; set; }
    }

    [BindProperty] public TokenForm Input { get; set; } = new();
    public List<ApiToken> Tokens { get; private set; } = [];
    public Picker? Units { get; private set; }
    public string? IssuedSecret { get; private set; }
    public string? Message { get; private set; }
    public DateTime Now { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var (token, secret) = await tokens.IssueAsync(User.Actor(),
                    new ApiTokenService.Request(Input.Name, Input.Scopes, Input.ExpiresInDays, Input.OrgUnitId));
                IssuedSecret = secret;
                Message = $"已签发令牌“{token.Name}”。";
                Input = new TokenForm();
                ModelState.Clear();
            }
            catch (ValidationException e)
            {
                ModelState.AddModelError("Input." + e.Field, e.Message);
            }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        if (!await tokens.RevokeAsync(User.Actor(), id)) return NotFound();
        Message = "令牌已吊销,使用它的请求将被拒绝。";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await tokens.ManagedBy(User.Actor()).AsNoTracking().Include(t => t.User).Include(t => t.OrgUnit)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync();
        var adminPaths = User.Scope().PathsFor(StaffRole.SystemAdmin);
        if (adminPaths.Count > 0)
            Units = Picker.ForUnits("Input.OrgUnitId", "绑定单位(系统令牌)", await tree.UnderAsync(adminPaths), Input.OrgUnitId)
                with { Empty = "不绑定:个人令牌" };
    }

    public string StateOf(ApiToken t) => t.RevokedAt is not null ? "已吊销" : t.IsExpired(Now) ? "已过期" : "有效";

    public static string Local(DateTime? utc) => utc is { } u ? ChinaTime.ToLocal(u).ToString("yyyy-MM-dd HH:mm") : "—";
}
