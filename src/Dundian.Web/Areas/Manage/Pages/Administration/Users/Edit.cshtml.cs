using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Users;

/// <summary>
/// One account: grants, disable/enable, unlock, password reset. Every handler re-checks that the account and
/// the org unit lie inside the admin's scope, and renews the account's security stamp so that its open
/// sessions end at the next validation (within a minute).
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
public class EditModel(DundianDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, GrantChoices choices,
    TimeProvider clock, TwoFactorEnrolment twoFactor)
    : PageModel
{
    public AppUser Account { get; private set; } = null!;
    public bool Locked { get; private set; }
    public bool IsSelf { get; private set; }
    public List<SelectListItem> Units { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? await ShowAsync() : Refused;

    public async Task<IActionResult> OnPostAddGrantAsync(string id, GrantInput grant)
    {
        if (!await LoadAsync(id)) return Refused;
        if (!ModelState.IsValid) return await ShowAsync();
        var (unit, error) = await choices.CheckAsync(User.Scope(), grant);
        if (unit is null) return await ShowAsync(error);
        if (Account.Grants.Any(g => g.Role == grant.Role && g.OrgUnitId == unit.Id)) return await ShowAsync("该用户已拥有此角色。");

        var label = $"{StaffRoleNames.Of(grant.Role!.Value)} @ {unit.Name}";
        return await SaveAsync(AuditActions.GrantAdded, label, $"已授予:{label}", () =>
            Account.Grants.Add(new RoleGrant { UserId = Account.Id, Role = grant.Role.Value, OrgUnitId = unit.Id }));
    }

    public async Task<IActionResult> OnPostRemoveGrantAsync(string id, int grantId)
    {
        if (!await LoadAsync(id)) return Refused;
        var grant = Account.Grants.FirstOrDefault(g => g.Id == grantId);
        if (grant is null) return await ShowAsync("该角色不存在或已被撤销。");
        if (IsSelf && grant.Role == StaffRole.SystemAdmin) return await ShowAsync("不能撤销自己的系统管理员角色。");

        var label = $"{StaffRoleNames.Of(grant.Role)} @ {grant.OrgUnit!.Name}";
        return await SaveAsync(AuditActions.GrantRemoved, label, $"已撤销:{label}", () => db.RoleGrants.Remove(grant));
    }

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (!await LoadAsync(id)) return Refused;
        if (IsSelf) return await ShowAsync("不能停用自己的账号。");
        return await SaveAsync(AuditActions.UserDisabled, null, "账号已停用。", () => Account.IsDisabled = true);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        if (!await LoadAsync(id)) return Refused;
        return await SaveAsync(AuditActions.UserEnabled, null, "账号已启用。", () => Account.IsDisabled = false);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id)) return Refused;
        return await SaveAsync(AuditActions.UserUnlocked, null, "已解除锁定。", () =>
        {
            Account.LockoutEnd = null;
            Account.AccessFailedCount = 0;
        });
    }

    /// <summary>
    /// For a user who lost both the phone and the recovery codes: two-factor off and the key forgotten. A user whose
    /// role requires it must enrol again at the next sign-in (with the password alone he reaches only the enrolment).
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id)
    {
        if (!await LoadAsync(id)) return Refused;
        if (!Account.TwoFactorEnabled) return await ShowAsync("该用户未启用两步验证。");
        await twoFactor.DisableAsync(Account, "reset by admin");
        await KeepOwnSessionAsync();
        Message = "已重置两步验证,该用户需重新绑定验证器应用。";
        return LocalRedirect($"/manage/users/{Account.Id}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, string? newPassword)
    {
        if (!await LoadAsync(id)) return Refused;
        if (string.IsNullOrWhiteSpace(newPassword)) return await ShowAsync("请输入新密码。");

        await using var tx = await db.Database.BeginTransactionAsync();
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, newPassword);
        if (!result.Succeeded) return await ShowAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        Account.MustChangePassword = true;
        await users.UpdateAsync(Account);
        await db.AuditAsync(AuditActions.PasswordReset, nameof(AppUser), Account.Id);
        await tx.CommitAsync();
        await KeepOwnSessionAsync();
        Message = "密码已重置,该用户下次登录时必须修改密码。";
        return LocalRedirect($"/manage/users/{Account.Id}");
    }

    // Not found and out of scope look the same: an admin learns nothing about accounts outside his scope.
    private IActionResult Refused => Forbid();

    private async Task<bool> LoadAsync(string id)
    {
        var account = await db.Users.Include(u => u.Grants).ThenInclude(g => g.OrgUnit).FirstOrDefaultAsync(u => u.Id == id);
        if (account is null || !User.Scope().CanManage(account.Grants.Select(g => g.OrgUnit!.Path))) return false;
        Account = account;
        IsSelf = account.Id == users.GetUserId(User);
        return true;
    }

    private async Task<PageResult> ShowAsync(string? error = null)
    {
        if (error is not null) ModelState.AddModelError(string.Empty, error);
        Locked = Account.LockoutEnd > clock.GetUtcNow();
        Units = await choices.UnitsAsync(User.Scope());
        return Page();
    }

    // An admin editing his own account renewed his own stamp: re-issue his cookie rather than sign him out.
    private async Task KeepOwnSessionAsync()
    {
        if (IsSelf) await signIn.RefreshSignInAsync(Account);
    }

    /// <summary>Applies a change, renews the security stamp and writes the named audit entry, in one transaction.</summary>
    private async Task<IActionResult> SaveAsync(string action, string? details, string message, Action change)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        change();
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(Account);
        await db.AuditAsync(action, nameof(AppUser), Account.Id, details);
        await tx.CommitAsync();
        await KeepOwnSessionAsync();
        Message = message;
        return LocalRedirect($"/manage/users/{Account.Id}");
    }
}
