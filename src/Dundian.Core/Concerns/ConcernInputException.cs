namespace Dundian.Core.Concerns;

/// <summary>Bad input on a concern form: the Chinese message names the field's problem; nothing was stored.</summary>
public class ConcernInputException(string field, string message) : ArgumentException(message, field), Dundian.Core.Common.IRefusal
{
    public string Field { get; } = field;

    /// <summary>
    /// The Chinese message alone: <see cref="ArgumentException.Message"/> appends " (Parameter 'Photos')", which reached
    /// residents on the concern form and Open311 callers in their error descriptions.
    /// </summary>
    public override string Message { get; } = message;
}
