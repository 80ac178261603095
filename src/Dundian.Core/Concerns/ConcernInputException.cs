namespace Dundian.Core.Concerns;

/// <summary>Bad input on a concern form: the Chinese message names the field's problem; nothing was stored.</summary>
public class ConcernInputException(string field, string message) : ArgumentException(message, field), Dundian.Core.Common.IRefusal
{
    public string Field { get; } = field;
}
