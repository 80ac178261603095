namespace Dundian.Core.Common;

/// <summary>
/// Bad input from a person: <see cref="Exception.Message"/> is a Chinese sentence fit to show to the user,
/// <see cref="Field"/> names the input it is about (so a form can put it next to the right box).
/// Thrown before anything is saved.
/// </summary>
public sealed class ValidationException(string field, string message) : Exception(message), IRefusal
{
    public string Field { get; } = field;
}
