using Dundian.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Dundian.Web.Accounts;

/// <summary>
/// A sign-in with an unknown user name runs the same Identity password check as one with a real name — on a stand-in
/// account that exists only in memory — so the answer's timing does not tell which names exist (before: 4.5 ms for
/// unknown names, 59 ms for real ones).
/// </summary>
public static class UnknownUserTiming
{
    private static string? dummyHash;

    public static async Task CheckAnywayAsync(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, string password)
    {
        // Hashed once with the configured hasher, so the work factor matches real accounts' hashes.
        var standIn = new AppUser { DisplayName = "", UserName = "nobody", LockoutEnabled = false };
        standIn.PasswordHash = dummyHash ??= hasher.HashPassword(standIn, Guid.NewGuid().ToString("N"));
        await signIn.CheckPasswordSignInAsync(standIn, password, lockoutOnFailure: false);
    }
}
