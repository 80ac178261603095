namespace Dundian.Core.Moderation;

/// <summary>
/// Finds every occurrence of every lexicon word in one pass over the text (Aho–Corasick automaton), so a
/// lexicon of thousands of words costs the same per character as one word. Immutable and thread-safe once built.
/// Matching ignores case and full-width/half-width differences of Latin letters and digits.
/// </summary>
public sealed class SensitiveWordMatcher
{
    private sealed class Node
    {
        public readonly Dictionary<char, int> Next = [];
        public int Fail;
        public readonly List<string> Outputs = [];
    }

    private readonly List<Node> nodes = [new Node()];

    public SensitiveWordMatcher(IEnumerable<string> words)
    {
        foreach (var word in words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct())
            Insert(word);
        BuildFailureLinks();
    }

    public int Count { get; private set; }

    /// <summary>All matches, left to right; overlapping matches are all reported.</summary>
    public IReadOnlyList<SensitiveMatch> Find(string? text)
    {
        var matches = new List<SensitiveMatch>();
        if (string.IsNullOrEmpty(text) || Count == 0) return matches;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Normalize(text[i]);
            while (state != 0 && !nodes[state].Next.ContainsKey(c)) state = nodes[state].Fail;
            state = nodes[state].Next.GetValueOrDefault(c);
            foreach (var word in nodes[state].Outputs)
                matches.Add(new SensitiveMatch(word, i - word.Length + 1, word.Length));
        }
        return matches;
    }

    public bool IsClean(string? text) => Find(text).Count == 0;

    private void Insert(string word)
    {
        var state = 0;
        foreach (var ch in word)
        {
            var c = Normalize(ch);
            if (!nodes[state].Next.TryGetValue(c, out var next))
            {
                next = nodes.Count;
                nodes.Add(new Node());
                nodes[state].Next[c] = next;
            }
            state = next;
        }
        nodes[state].Outputs.Add(word);
        Count++;
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>(nodes[0].Next.Values);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var (c, t) in nodes[s].Next)
            {
                queue.Enqueue(t);
                var f = nodes[s].Fail;
                while (f != 0 && !nodes[f].Next.ContainsKey(c)) f = nodes[f].Fail;
                nodes[t].Fail = nodes[f].Next.TryGetValue(c, out var target) && target != t ? target : 0;
                nodes[t].Outputs.AddRange(nodes[nodes[t].Fail].Outputs);
            }
        }
    }

    // Full-width ASCII (！ to ～) folds to half-width so "ＡＢＣ" matches "abc".
    private static char Normalize(char c) =>
        char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
}
