namespace Dundian.Core.Imports;

/// <summary>
/// What an import did: <see cref="Created"/> records written and <see cref="AlreadyPresent"/> rows skipped because
/// their natural key is already recorded — or, with <see cref="Problems"/> (「第N行:…」), nothing at all.
/// <see cref="Summary"/> says in Chinese what was created when one row can create more than one kind of record.
/// </summary>
public sealed record ImportResult(int Created, int AlreadyPresent, IReadOnlyList<string> Problems, string? Summary = null)
{
    public bool Succeeded => Problems.Count == 0;
    public static ImportResult Failed(IReadOnlyList<string> problems) => new(0, 0, problems);
}
