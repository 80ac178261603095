using Dundian.Core.Org;
using Dundian.Documents;

namespace Dundian.Web.Org;

/// <summary>
/// A division file as the national statistical table gives it: .xlsx or UTF-8 .csv whose first row is
/// 统计用区划代码,名称,城乡分类代码 (the third column may be missing or empty; it is only for villages).
/// </summary>
public static class DivisionFile
{
    public const string CodeHeader = "统计用区划代码";
    public const string NameHeader = "名称";
    public const string RuralUrbanHeader = "城乡分类代码";

    /// <summary>A province's table (some 30,000 rows) as .csv is about 1.5 MB; 20 MB leaves room for a large one.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <exception cref="XlsxReadException">Wrong type, unreadable, too large or a header missing (Chinese message).</exception>
    public static IReadOnlyList<DivisionRow> Read(Stream content, string fileName)
    {
        var rows = Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? CsvTableReader.Read(content, fileName, MaxBytes)
            : XlsxReader.Read(content, fileName, XlsxLimits.Default with { MaxFileBytes = MaxBytes, MaxUnpackedBytes = 10 * MaxBytes });
        var headers = rows.FirstOrDefault()?.Cells.Keys.ToHashSet() ?? [];
        var missing = new[] { CodeHeader, NameHeader }.Where(h => rows.Count > 0 && !headers.Contains(h)).ToList();
        if (missing.Count > 0)
            throw new XlsxReadException($"表头缺少“{string.Join("”“", missing)}”列;首行应为:{CodeHeader},{NameHeader},{RuralUrbanHeader}。");
        return rows.Select(r => new DivisionRow(r.Number, r[CodeHeader], r[NameHeader], r[RuralUrbanHeader])).ToList();
    }

    /// <summary>The .csv template: the header and one example row per level under the demo city.</summary>
    public static string Template() =>
        $"{CodeHeader},{NameHeader},{RuralUrbanHeader}\n330226000000,宁海县,\n330226001000,跃龙街道,\n";
}
