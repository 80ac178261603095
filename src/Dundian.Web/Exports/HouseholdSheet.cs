using Dundian.Core.FieldWork;
using Dundian.Documents;

namespace Dundian.Web.Exports;

/// <summary>The 民情台账 as a sheet: rows come from <see cref="HouseholdService.StreamAsync"/>, which masks names, phones
/// and ID numbers of households outside the user's scope exactly as the list does.</summary>
public static class HouseholdSheet
{
    public static readonly string[] Headers = ["村(社区)", "户主", "联系电话", "身份证号", "困难类型", "困难情况", "帮扶措施", "走访次数", "最近走访"];

    public static XlsxAsyncSheet Build(IAsyncEnumerable<HouseholdRow> rows) => new("民情台账", Headers, rows.Cells(h => [
        h.Village, h.HeadName, Blank(h.Phone), Blank(h.IdNumber), HardshipKindNames.Of(h.Kind), h.Situation, h.HelpGiven, h.Visits, h.LastVisit]));

    private static string? Blank(string s) => s.Length == 0 ? null : s;
}
