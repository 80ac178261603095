using System.ComponentModel.DataAnnotations;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Account;

[Authorize]
public class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, DundianDbContext db)
    : PageModel
{
    [BindProperty] public ChangePasswordInput Input { get; set; } = new();
    public bool MustChange { get; private set; }
    [TempData] public string? Done { get; set; }

    public void OnGet() => MustChange = User.HasClaim(GrantClaimsFactory.MustChangePasswordClaim, "true");

    public async Task<IActionResult> OnPostAsync()
    {
        OnGet();
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (Input.NewPassword == Input.OldPassword)
        {
            ModelState.AddModelError("Input.NewPassword", "新密码不能与原密码相同。");
            return Page();
        }

        // One transaction: the new password and the cleared must-change flag are saved together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.OldPassword" : "Input.NewPassword", e.Description);
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await db.AuditAsync(AuditActions.PasswordChanged, nameof(AppUser), user.Id);
        await tx.CommitAsync();

        // A fresh cookie: without the must-change claim and with the new security stamp.
        await signIn.RefreshSignInAsync(user);
        Done = "密码已修改。";
        return LocalRedirect(MustChange ? "/manage" : "/account/change-password");
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "请输入原密码")]
        [DataType(DataType.Password)]
        [Display(Name = "原密码")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "请输入新密码")]
        [StringLength(128, ErrorMessage = "新密码不能超过 128 个字符")]
        [DataType(DataType.Password)]
        [Display(Name = "新密码")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "请再次输入新密码")]
        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
        [DataType(DataType.Password)]
        [Display(Name = "确认新密码")]
        public string ConfirmPassword { get; set; } = "";
    }
}
