namespace Dundian.Core.Org;

/// <summary>
/// What an import did, or why it did nothing: <see cref="Problems"/> lists every bad row in Chinese; when it is not
/// empty nothing was written. Otherwise the counts say how many units were added, corrected (name or 城乡分类代码)
/// and left as they were (a second import of the same file adds and corrects nothing).
/// </summary>
public sealed record DivisionImportResult(IReadOnlyList<string> Problems, int Added, int Updated, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;

    public static DivisionImportResult Failed(IReadOnlyList<string> problems) => new(problems, 0, 0, 0);
}
