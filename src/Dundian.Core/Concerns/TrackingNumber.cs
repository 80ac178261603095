using System.Security.Cryptography;

namespace Dundian.Core.Concerns;

/// <summary>
/// A concern's tracking number (查询编号): the China date of receipt and eight random digits, 16 digits in all
/// (2026120604918273). Random, so a number tells nothing about how many concerns came in that day and the next one
/// cannot be guessed from it (10^8 per day; the lookup also needs the query code and is rate-limited). Digits only,
/// so it is easy to read out on the hotline. Uniqueness is the database's job (unique index): a clash — about once in
/// 10^8 pairs of the same day — is retried with a fresh number by <see cref="ConcernIntake"/>.
/// </summary>
public static class TrackingNumber
{
    public const int RandomDigits = 8;

    public static string New(DateOnly chinaToday) =>
        chinaToday.ToString("yyyyMMdd") + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8");
}
