namespace Dundian.Web.Accounts;

/// <summary>Names of the account actions written to the audit log (row changes are Insert/Update/Delete).</summary>
public static class AuditActions
{
    public const string Login = "Login";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string Logout = "Logout";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
    public const string UserCreated = "UserCreated";
    public const string GrantAdded = "GrantAdded";
    public const string GrantRemoved = "GrantRemoved";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string UserUnlocked = "UserUnlocked";
    public const string SignInThrottled = "SignInThrottled";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorFailed = "TwoFactorFailed";
    public const string RecoveryCodesGenerated = "RecoveryCodesGenerated";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";

    /// <summary>Every action the audit page offers as a filter, with its Chinese label.</summary>
    public static readonly IReadOnlyList<(string Action, string Label)> All =
    [
        ("Insert", "新增记录"), ("Update", "修改记录"), ("Delete", "删除记录"),
        (Login, "登录"), (LoginFailed, "登录失败"), (LockedOut, "账号锁定"), (Logout, "退出"),
        (PasswordChanged, "修改密码"), (PasswordReset, "重置密码"), (UserCreated, "创建用户"),
        (GrantAdded, "授予角色"), (GrantRemoved, "撤销角色"), (UserDisabled, "停用账号"),
        (UserEnabled, "启用账号"), (UserUnlocked, "解除锁定"), (SignInThrottled, "登录受限"),
        (TwoFactorEnabled, "启用两步验证"), (TwoFactorDisabled, "停用两步验证"), (TwoFactorFailed, "两步验证失败"),
        (RecoveryCodesGenerated, "生成恢复码"), (RecoveryCodeUsed, "使用恢复码"),
    ];

    public static string Label(string action) => All.FirstOrDefault(a => a.Action == action).Label ?? action;
}
