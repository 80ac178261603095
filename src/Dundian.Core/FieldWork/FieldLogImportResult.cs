namespace Dundian.Core.FieldWork;

/// <summary>
/// What a field-log import did: <see cref="Created"/> logs recorded and <see cref="AlreadyPresent"/> rows skipped
/// because the same stay is already recorded — or, with <see cref="Problems"/>, nothing at all.
/// </summary>
public sealed record FieldLogImportResult(int Created, int AlreadyPresent, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
    public static FieldLogImportResult Failed(IReadOnlyList<string> problems) => new(0, 0, problems);
}
