using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Documents;
using Dundian.Web.Exports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Concerns;

/// <summary>
/// The 民情诉求 list as a sheet. Residents' personal data (反映人, 电话, and names or numbers inside the text) is
/// written in full only where the user holds an intake role (<see cref="ConcernAccess.IntakeRoles"/>: the hotline
/// operators and campaign offices who work the cases) over the concern's village; a system administrator — who sees
/// the list to run the system, not to call residents back — gets it masked by <see cref="PersonalDataMask"/>.
/// </summary>
public static class ConcernExport
{
    public static readonly string[] Headers = ["受理编号", "受理时间", "类别", "村(社区)", "来源", "状态", "反映人", "联系电话",
        "诉求内容", "地点", "承办单位", "办理期限", "办结时间", "办理结果", "满意度"];

    public static XlsxAsyncSheet Build(IQueryable<Concern> filtered, StaffScope scope) => new("民情诉求", Headers,
        filtered.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => new Item(c.TrackingNumber, c.ReceivedAt, c.Category!.Name, c.Village!.Name, c.Village.Path, c.Source, c.Status,
                c.ReporterName, c.ReporterPhone, c.Description, c.Location, c.AssignedUnit!.Name, c.DueAt, c.ResolvedAt, c.Result, c.Satisfaction))
            .AsAsyncEnumerable().Cells(c => Row(c, ConcernAccess.Covers(scope, c.VillagePath, ConcernAccess.IntakeRoles))));

    private static IReadOnlyList<object?> Row(Item c, bool full)
    {
        string? Text(string? s) => full || s is null ? s : PersonalDataMask.Text(s, [c.ReporterName]);
        return [c.TrackingNumber, ExportRows.Local(c.ReceivedAt), c.Category, c.Village, Source(c.Source), ConcernStatusNames.Of(c.Status),
            full ? c.ReporterName : NullIfEmpty(PersonalDataMask.Name(c.ReporterName)), full ? c.ReporterPhone : NullIfEmpty(PersonalDataMask.Phone(c.ReporterPhone)),
            Text(c.Description), Text(c.Location), c.AssignedUnit, ExportRows.Local(c.DueAt), ExportRows.Local(c.ResolvedAt), Text(c.Result),
            c.Satisfaction is { } s ? SatisfactionNames.Of(s) : null];
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Source(ConcernSource s) => s switch
    {
        ConcernSource.Hotline => "阳光热线", ConcernSource.Portal => "网站", _ => "走访座谈",
    };

    private sealed record Item(string TrackingNumber, DateTime ReceivedAt, string? Category, string? Village, string VillagePath,
        ConcernSource Source, ConcernStatus Status, string? ReporterName, string? ReporterPhone, string Description, string? Location,
        string? AssignedUnit, DateTime? DueAt, DateTime? ResolvedAt, string? Result, Satisfaction? Satisfaction);
}
