using System.ComponentModel.DataAnnotations;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Dundian.Web.Areas.Manage.Pages.Users;

[Authorize(Policy = Policies.SystemAdmin)]
public class CreateModel(DundianDbContext db, UserManager<AppUser> users, GrantChoices choices, TimeProvider clock)
    : PageModel
{
    [BindProperty] public NewUserInput Input { get; set; } = new();
    [BindProperty] public GrantInput Grant { get; set; } = new();
    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync() => Units = await choices.UnitsAsync(User.Scope());

    public async Task<IActionResult> OnPostAsync()
    {
        Units = await choices.UnitsAsync(User.Scope());
        if (!ModelState.IsValid) return Page();
        var (unit, error) = await choices.CheckAsync(User.Scope(), Grant);
        if (unit is null)
        {
            ModelState.AddModelError(string.Empty, error!);
            return Page();
        }

        var user = new AppUser
        {
            UserName = Input.UserName.Trim(), DisplayName = Input.DisplayName.Trim(),
            MustChangePassword = true, LockoutEnabled = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.Grants.Add(new RoleGrant { UserId = user.Id, Role = Grant.Role!.Value, OrgUnitId = unit.Id });

        // The account, its grant and the named audit entry are saved together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(string.Empty, e.Description);
            return Page();
        }
        await db.AuditAsync(AuditActions.UserCreated, nameof(AppUser), user.Id,
            $"{user.UserName}: {StaffRoleNames.Of(Grant.Role.Value)} @ {unit.Name}");
        await tx.CommitAsync();
        TempData["Message"] = $"已创建用户 {user.UserName},首次登录须修改密码。";
        return LocalRedirect($"/manage/users/{user.Id}");
    }

    public sealed class NewUserInput
    {
        [Required(ErrorMessage = "请输入姓名")]
        [StringLength(50, ErrorMessage = "姓名不能超过 50 个字符")]
        [Display(Name = "姓名")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "请输入用户名")]
        [StringLength(64, MinimumLength = 2, ErrorMessage = "用户名长度应为 2 到 64 个字符")]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入初始密码")]
        [StringLength(128, ErrorMessage = "密码不能超过 128 个字符")]
        [DataType(DataType.Password)]
        [Display(Name = "初始密码")]
        public string Password { get; set; } = "";
    }
}
