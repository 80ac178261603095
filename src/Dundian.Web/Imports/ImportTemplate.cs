using Dundian.Documents;

namespace Dundian.Web.Imports;

/// <summary>
/// Builds an import template from a sheet's headers: drop-downs for the named list columns, number and date checks,
/// and one example row on its own sheet 「填写示例」 (the reader reads the first sheet only, so the example can never be
/// imported). The same layout as the field-log template.
/// </summary>
public sealed class ImportTemplate(string sheetName, IReadOnlyList<string> headers)
{
    private readonly List<XlsxColumnRule> rules = [];

    public ImportTemplate List(string header, IEnumerable<string> choices) => Add(header, XlsxColumnKind.List, choices.Distinct().ToList());
    public ImportTemplate Date(params string[] names) => AddAll(names, XlsxColumnKind.Date);
    public ImportTemplate DateTime(params string[] names) => AddAll(names, XlsxColumnKind.DateTime);
    public ImportTemplate Whole(params string[] names) => AddAll(names, XlsxColumnKind.WholeNotNegative);
    public ImportTemplate Yuan(params string[] names) => AddAll(names, XlsxColumnKind.DecimalNotNegative);

    /// <param name="example">Cells by header; a header not given stays empty.</param>
    public byte[] ToBytes(IReadOnlyDictionary<string, object?> example)
    {
        IReadOnlyList<object?> row = headers.Select(h => example.TryGetValue(h, out var v) ? v : null).ToList();
        return XlsxTemplate.ToBytes(new XlsxSheet(sheetName, headers, []), rules, new XlsxSheet("填写示例", headers, [row]));
    }

    private ImportTemplate AddAll(string[] names, XlsxColumnKind kind)
    {
        foreach (var n in names) Add(n, kind, null);
        return this;
    }

    private ImportTemplate Add(string header, XlsxColumnKind kind, IReadOnlyList<string>? choices)
    {
        var index = headers.ToList().IndexOf(header);
        if (index < 0) throw new ArgumentException($"No column {header}.", nameof(header));
        rules.Add(new XlsxColumnRule(index, kind, choices));
        return this;
    }
}
