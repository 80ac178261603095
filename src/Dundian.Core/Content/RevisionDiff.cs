using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dundian.Core.Content;

/// <summary>One line of a revision comparison: unchanged, removed (only in the older) or inserted (only in the newer).</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text);

public enum DiffLineKind
{
    Unchanged,
    Deleted,
    Inserted,
}

/// <summary>
/// Compares two revisions as readable text (title, summary, then one paragraph per line) with DiffPlex, so a reviewer
/// sees which paragraphs changed rather than which tags did.
/// </summary>
public static class RevisionDiff
{
    public static IReadOnlyList<DiffLine> Compare(ArticleRevision older, ArticleRevision newer)
    {
        var diff = InlineDiffBuilder.Diff(Text(older), Text(newer), ignoreWhiteSpace: false);
        return diff.Lines.Select(l => new DiffLine(l.Type switch
        {
            ChangeType.Deleted => DiffLineKind.Deleted,
            ChangeType.Inserted => DiffLineKind.Inserted,
            _ => DiffLineKind.Unchanged,
        }, l.Text ?? "")).ToList();
    }

    private static string Text(ArticleRevision r)
    {
        var lines = new List<string> { "标题:" + r.Title };
        if (!string.IsNullOrWhiteSpace(r.Summary)) lines.Add("摘要:" + r.Summary);
        lines.AddRange(ArticleText.Lines(r.BodyHtml));
        return string.Join("\n", lines);
    }
}
