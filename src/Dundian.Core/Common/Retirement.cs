namespace Dundian.Core.Common;

/// <summary>The shared checks of <see cref="IRetirable.RetiredAt"/>: retire once, with a reason; no new work on a retired record.</summary>
public static class Retirement
{
    /// <summary>The reason to store, after checking the record is not retired yet.</summary>
    public static string Check(IRetirable record, string? reason, string name, string act)
    {
        if (record.RetiredAt is not null) throw new ValidationException("Reason", $"“{name}”已{act},不必重复操作。");
        return RemovalReason.Require(reason, act);
    }

    /// <summary>Refuses new work on a retired record, naming it.</summary>
    public static void RequireActive(IRetirable record, string field, string what, string act)
    {
        if (record.RetiredAt is not null) throw new ValidationException(field, $"{what}已{act},不能再用于新的登记。");
    }
}
