namespace Dundian.Core.Data.Demo;

/// <summary>
/// Splits a whole-number total over items in proportion to integer weights (largest remainder method,
/// ties to the lower index). Deterministic and exact: the parts always add up to the total, and an item
/// with weight 0 always gets 0. This is how the demo spreads the seed's figures over its records.
/// </summary>
internal static class Apportion
{
    public static int[] Split(int total, IReadOnlyList<int> weights)
    {
        var sum = weights.Sum(w => (long)w);
        var parts = new int[weights.Count];
        if (total == 0) return parts;
        if (sum <= 0) throw new ArgumentException("weights must not all be zero", nameof(weights));
        var remainders = new long[weights.Count];
        var given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (long)total * weights[i];
            parts[i] = (int)(exact / sum);
            remainders[i] = exact % sum;
            given += parts[i];
        }
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(total - given))
            parts[i]++;
        return parts;
    }

    /// <summary>A fixed, varied weight for item <paramref name="i"/>: base × (1…spread), different per salt.</summary>
    public static int Varied(int i, int salt, int baseWeight = 1, int spread = 4) =>
        baseWeight * (1 + (i * (2 * salt + 1) + salt) % spread);
}
