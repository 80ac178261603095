namespace Dundian.Core.Common;

/// <summary>
/// The reason every retire or delete of a record must carry (it goes into the audit log, so a figure that moved, or a
/// name that left a picker, can be explained later). One rule for every kind of record.
/// </summary>
public static class RemovalReason
{
    public const int MaxLength = 200;

    /// <summary>The trimmed reason, or a <see cref="ValidationException"/> on the field <c>Reason</c>.</summary>
    public static string Require(string? reason, string what)
    {
        var r = reason?.Trim() ?? "";
        if (r.Length == 0) throw new ValidationException("Reason", $"请填写{what}的理由(记入审计日志)。");
        if (r.Length > MaxLength) throw new ValidationException("Reason", $"理由不能超过 {MaxLength} 个字。");
        if (PlainTextInput.HasMarkup(r)) throw new ValidationException("Reason", "理由只能填写文字,不能包含网页标记。");
        return r;
    }
}
