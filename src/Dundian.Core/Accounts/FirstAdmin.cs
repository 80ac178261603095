using System.Security.Cryptography;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Accounts;

/// <summary>
/// Creates the first SystemAdmin when no account exists. Its password comes from configuration or is
/// generated; either way it must be changed at first sign-in.
/// </summary>
public class FirstAdmin(DundianDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string UserName = "admin";

    /// <summary>Returns the generated password (to be shown once), or null when nothing was created or it came from configuration.</summary>
    public async Task<string?> EnsureAsync(string? configuredPassword, CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return null;
        var root = await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The org tree is empty: the first admin needs a root unit.");

        var password = string.IsNullOrWhiteSpace(configuredPassword) ? Generate() : configuredPassword;
        var admin = new AppUser
        {
            UserName = UserName, DisplayName = "系统管理员", MustChangePassword = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
        };
        admin.Grants.Add(new RoleGrant { UserId = admin.Id, Role = StaffRole.SystemAdmin, OrgUnitId = root.Id });
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
            throw new InvalidOperationException("Could not create the first admin: " +
                string.Join("; ", result.Errors.Select(e => e.Description)));
        return string.IsNullOrWhiteSpace(configuredPassword) ? password : null;
    }

    // 16 characters from an alphabet without look-alikes, plus one of each class the policy demands.
    private static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return new string(chars.ToArray()) + "a7K!";
    }
}
