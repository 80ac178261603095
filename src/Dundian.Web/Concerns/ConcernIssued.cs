namespace Dundian.Web.Concerns;

/// <summary>
/// Tracking number and query code handed over once after a submission (kept in TempData for one redirect; the code
/// is not stored anywhere else).
/// </summary>
public static class ConcernIssued
{
    public const string NumberKey = "ConcernNumber", CodeKey = "ConcernCode";
}
