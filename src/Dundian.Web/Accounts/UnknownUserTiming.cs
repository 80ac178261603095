using Dundian.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Dundian.Web.Accounts;

/// <summary>
/// A sign-in with an unknown user name does the same password hashing as one with a real name, so the answer's timing
/// does not tell which names exist (before: 4.5 ms for unknown names, 59 ms for real ones).
/// </summary>
public static class UnknownUserTiming
{
    private static readonly AppUser Nobody = new() { DisplayName = "", UserName = "nobody" };
    private static string? dummyHash;

    public static void HashAnyway(IPasswordHasher<AppUser> hasher, string password)
    {
        // Made once with the configured hasher, so the work factor matches real accounts' hashes.
        dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, dummyHash, password);
    }
}
