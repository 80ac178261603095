using System.Security.Cryptography;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Example newsroom accounts that come with the demo data, so 一审/二审/三审 can be tried at once: an editor and three
/// reviewers on the site's root unit, the reviewers assigned to levels 1, 2 and 3 of every demo channel (one person
/// per level — a channel never gives one person two levels, and nobody reviews his own article). Like the admin's,
/// their passwords are one-time: generated (or <c>Accounts:DemoPassword</c>), printed once, changed at first sign-in.
/// Only made when the demo data was loaded into an empty database, never on a real install.
/// </summary>
public class DemoAccounts(DundianDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public static readonly IReadOnlyList<(string UserName, string DisplayName, StaffRole Role, int Level)> People =
    [
        ("editor", "示例编辑", StaffRole.Editor, 0),
        ("reviewer1", "示例一审", StaffRole.Reviewer, 1),
        ("reviewer2", "示例二审", StaffRole.Reviewer, 2),
        ("reviewer3", "示例三审", StaffRole.Reviewer, 3),
    ];

    public async Task<List<DemoAccount>> CreateAsync(string? configuredPassword, CancellationToken ct = default)
    {
        var root = await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstAsync(ct);
        var made = new List<DemoAccount>();
        var reviewers = new Dictionary<int, string>();
        foreach (var (userName, displayName, role, level) in People)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var password = string.IsNullOrWhiteSpace(configuredPassword) ? Generate() : configuredPassword;
            var user = new AppUser
            {
                UserName = userName, DisplayName = displayName, MustChangePassword = true,
                CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
            };
            user.Grants.Add(new RoleGrant { UserId = user.Id, Role = role, OrgUnitId = root.Id });
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create the demo account {userName}: " +
                    string.Join("; ", result.Errors.Select(e => e.Description)));
            if (level > 0) reviewers[level] = user.Id;
            made.Add(new DemoAccount(userName, displayName, StaffRoleNames.Of(role) + (level > 0 ? $"(第 {level} 级)" : ""), password));
        }
        foreach (var channel in await db.Channels.ToListAsync(ct))
            foreach (var (level, userId) in reviewers.Where(r => r.Key <= channel.ReviewLevels))
                db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = level, UserId = userId });
        await db.SaveChangesAsync(ct);
        return made;
    }

    private static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return new string(Enumerable.Range(0, 12).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray()) + "a7K!";
    }
}
