using System.Reflection;
using Dundian.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Dundian.Web.Accounts;

/// <summary>
/// Refuses new passwords that are common ones dressed up to pass the character rules: <c>Password123!</c> has upper,
/// lower, digit and symbol, and is still among the first guesses of any attacker. The list (Resources/
/// common-passwords.txt, from SecLists) is compared case-insensitively with the password, with the password stripped
/// of leading/trailing digits and symbols, and with common letter substitutions undone (p@ssw0rd → password).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "CommonPassword";
    private const string ResourceName = "Dundian.Web.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "该密码过于常见,很容易被猜中,请换一个不常见的密码。" })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => Candidates(password.ToLowerInvariant()).Any(Common.Value.Contains);

    private static IEnumerable<string> Candidates(string lower)
    {
        foreach (var form in new[] { lower, Unleet(lower) })
        {
            yield return form;
            yield return form.TrimEnd(NotLetters(form));
            yield return form.TrimStart(NotLetters(form));
            yield return Core(form);
        }
    }

    /// <summary>The password without leading and trailing non-letters (digits, symbols).</summary>
    private static string Core(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetter(text[start])) start++;
        while (end > start && !char.IsLetter(text[end - 1])) end--;
        return text[start..end];
    }

    private static char[] NotLetters(string text) => text.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    // Substitutions inside the word only; a trailing "1" or "!" is stripped by Core, not turned into a letter.
    private static string Unleet(string text)
    {
        var core = Core(text);
        if (core.Length == 0) return text;
        var swapped = string.Concat(core.Select(c => c switch
        {
            '@' or '4' => 'a', '0' => 'o', '1' or '!' => 'i', '3' => 'e', '$' or '5' => 's', '7' => 't', _ => c,
        }));
        var at = text.IndexOf(core, StringComparison.Ordinal);
        return text[..at] + swapped + text[(at + core.Length)..];
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#')) words.Add(word.ToLowerInvariant());
        }
        return words;
    }
}
