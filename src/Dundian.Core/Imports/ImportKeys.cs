namespace Dundian.Core.Imports;

/// <summary>
/// The natural keys of one import: a row whose key an earlier row of the same file has is a problem (「与第N行重复」);
/// a row whose key is already recorded is skipped and counted, which is what makes importing the same file twice
/// create nothing twice.
/// </summary>
public sealed class ImportKeys<TKey>(IEnumerable<TKey> existing) where TKey : notnull
{
    private readonly HashSet<TKey> recorded = existing.ToHashSet();
    private readonly Dictionary<TKey, int> seen = [];

    public int Skipped { get; private set; }

    /// <summary>True when the row is new and should be written; false when it was a duplicate (problem added) or is
    /// already recorded (counted in <see cref="Skipped"/>).</summary>
    public bool IsNew(RowReader row, TKey key, string what)
    {
        if (seen.TryGetValue(key, out var first))
        {
            row.Problem($"与第{first}行是同一{what}。");
            return false;
        }
        seen[key] = row.Number;
        if (!recorded.Contains(key)) return true;
        Skipped++;
        return false;
    }

    /// <summary>Whether the key is already recorded (without counting the row).</summary>
    public bool IsRecorded(TKey key) => recorded.Contains(key);
}
