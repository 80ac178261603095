using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dundian.Documents.Excel;

/// <summary>
/// Assembles the .xlsx zip forward-only: each worksheet part is written and closed in turn, the workbook, styles,
/// relationships and content types last (once the sheet list is known). System.IO.Packaging cannot do this — on .NET
/// it buffers every part in memory until the package closes (Open-XML-SDK issue 807) — so the zip is ours and the
/// parts' XML is the SDK's. A sheet past Excel's row limit goes on in a continuation sheet 「名称(2)」.
/// </summary>
internal sealed class XlsxPackageWriter : IDisposable
{
    /// <summary>Excel's 1,048,576 rows less the header row.</summary>
    public const int MaxDataRows = 1_048_575;

    private readonly ZipArchive zip;
    private readonly List<(string Name, string FilterRange)> sheets = [];
    private SheetPartWriter? current;
    private Stream? currentPart;
    private (string Name, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, int Part) table;
    private bool finished;

    public XlsxPackageWriter(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public void StartSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> sample)
    {
        var widths = headers.Select((h, i) => (double)Math.Clamp(
            Math.Max(CellText.Width(h), sample.Select(r => i < r.Count ? CellText.Width(r[i]) : 0).DefaultIfEmpty(0).Max()) + 2, 8, 60)).ToList();
        table = (CellText.SheetName(name), headers, widths, 1);
        OpenPart(table.Name);
    }

    public void WriteRow(IReadOnlyList<object?> row)
    {
        if (current!.RowNumber > MaxDataRows)
        {
            table.Part++;
            var suffix = $"({table.Part})";
            OpenPart(table.Name[..Math.Min(table.Name.Length, 31 - suffix.Length)] + suffix);
        }
        current.WriteRow(row);
    }

    private void OpenPart(string name)
    {
        ClosePart();
        var unique = name;
        for (var n = 2; sheets.Any(s => s.Name == unique); n++) unique = name[..Math.Min(name.Length, 28)] + $"_{n}";
        sheets.Add((unique, ""));
        var entry = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest);
        currentPart = entry.Open();
        current = new SheetPartWriter(currentPart, table.Headers, table.Widths, selected: sheets.Count == 1);
    }

    private void ClosePart()
    {
        if (current is null) return;
        current.Dispose();
        sheets[^1] = (sheets[^1].Name, current.FilterRange);
        currentPart!.Dispose();
        current = null;
        currentPart = null;
    }

    /// <summary>Writes the workbook around the sheets; without it the zip is left incomplete (a failed export).</summary>
    public void Finish()
    {
        ClosePart();
        var workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)i + 1, Id = $"rId{i + 1}" })),
            new DefinedNames(sheets.Select((s, i) => new DefinedName($"'{s.Name.Replace("'", "''", StringComparison.Ordinal)}'!{s.FilterRange}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true })));
        workbook.AddNamespaceDeclaration("r", XlsxStyles.RelationshipNamespace);
        Part("xl/workbook.xml", workbook);
        Part("xl/styles.xml", XlsxStyles.Build());
        var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets.Count; i++)
            rels.Append($"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        rels.Append($"""<Relationship Id="rId{sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
        Text("xl/_rels/workbook.xml.rels", rels.ToString());
        Text("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        var types = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= sheets.Count; i++)
            types.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        types.Append("</Types>");
        Text("[Content_Types].xml", types.ToString());
        finished = true;
        zip.Dispose();
    }

    private void Part(string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        root.Save(stream);
    }

    private void Text(string path, string xml)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    public void Dispose()
    {
        if (finished) return;
        // A failed export: close what is open so nothing leaks; the zip stays without a workbook, which no program opens
        // as if it were complete.
        try { current?.Dispose(); } catch (InvalidOperationException) { }
        currentPart?.Dispose();
        zip.Dispose();
    }
}
