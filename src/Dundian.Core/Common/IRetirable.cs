namespace Dundian.Core.Common;

/// <summary>
/// A record that others depend on (field logs, writings, visits, figures) and that therefore is never deleted: it is
/// retired — kept with its history and figures, hidden from pickers and refused for new work.
/// </summary>
public interface IRetirable
{
    DateTime? RetiredAt { get; }
    string? RetireReason { get; }
}
