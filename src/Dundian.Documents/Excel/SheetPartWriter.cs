using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dundian.Documents.Excel;

/// <summary>
/// Writes one worksheet part SAX-style with the OpenXML SDK's <see cref="OpenXmlWriter"/>: frozen bold header row,
/// column widths, then each row as it comes. Text goes in as inline strings rather than the shared-string table, which
/// would have to hold every distinct string of the sheet in memory until the end.
/// </summary>
internal sealed class SheetPartWriter : IDisposable
{
    // Reused for their names only: OpenXmlWriter writes an element's tag and the attributes given with it.
    private static readonly Row RowTag = new();
    private static readonly Cell CellTag = new();
    private static readonly CellValue ValueTag = new();
    private static readonly InlineString InlineTag = new();

    private readonly OpenXmlWriter writer;
    private readonly int columns;
    private bool disposed;

    public int RowNumber { get; private set; }

    public SheetPartWriter(Stream part, IReadOnlyList<string> headers, IReadOnlyList<double> widths, bool selected)
    {
        columns = headers.Count;
        writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected }));
        if (widths.Count > 0)
            writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        WriteRow(headers.Cast<object?>().ToList(), XlsxStyles.Header);
    }

    public void WriteRow(IReadOnlyList<object?> cells) => WriteRow(cells, XlsxStyles.Normal);

    private void WriteRow(IReadOnlyList<object?> cells, uint textStyle)
    {
        if (cells.Count != columns)
            throw new ArgumentException($"A row has {cells.Count} cells for {columns} headers.");
        RowNumber++;
        var r = RowNumber.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(RowTag, [new OpenXmlAttribute("r", "", r)]);
        for (var i = 0; i < cells.Count; i++)
            if (cells[i] is { } value) WriteCell(CellText.Column(i) + r, value, textStyle);
        writer.WriteEndElement();
    }

    private void WriteCell(string reference, object value, uint textStyle)
    {
        switch (value)
        {
            case string s: Text(reference, s, textStyle); break;
            case bool b: Value(reference, b ? "1" : "0", "b", textStyle); break;
            case DateOnly d: Value(reference, Serial(d.ToDateTime(TimeOnly.MinValue)), null, XlsxStyles.Date); break;
            case DateTime t: Value(reference, Serial(t), null, XlsxStyles.DateTime); break;
            case DateTimeOffset o: Value(reference, Serial(o.DateTime), null, XlsxStyles.DateTime); break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or decimal:
                Value(reference, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), null, textStyle); break;
            case double or float:
                var n = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(n)) Value(reference, n.ToString("R", CultureInfo.InvariantCulture), null, textStyle);
                break;
            case Enum e: Text(reference, e.ToString(), textStyle); break;
            default: Text(reference, value.ToString() ?? "", textStyle); break;
        }
    }

    private static string Serial(DateTime t) => t.ToOADate().ToString("R", CultureInfo.InvariantCulture);

    private void Text(string reference, string text, uint style)
    {
        text = CellText.Clean(text);
        writer.WriteStartElement(CellTag, Attributes(reference, "inlineStr", style));
        writer.WriteStartElement(InlineTag);
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) t.Space = SpaceProcessingModeValues.Preserve;
        writer.WriteElement(t);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void Value(string reference, string value, string? type, uint style)
    {
        writer.WriteStartElement(CellTag, Attributes(reference, type, style));
        writer.WriteStartElement(ValueTag);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static List<OpenXmlAttribute> Attributes(string reference, string? type, uint style)
    {
        var list = new List<OpenXmlAttribute>(3) { new("r", "", reference) };
        if (style != XlsxStyles.Normal) list.Add(new("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (type is not null) list.Add(new("t", "", type));
        return list;
    }

    /// <summary>Ends the sheet: the header's filter buttons over every written row, then the closing tags.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        writer.WriteEndElement(); // sheetData
        if (columns > 0)
            writer.WriteElement(new AutoFilter { Reference = $"A1:{CellText.Column(columns - 1)}{Math.Max(1, RowNumber)}" });
        writer.WriteEndElement(); // worksheet
        writer.Close();
    }

    public string FilterRange => $"$A$1:${CellText.Column(Math.Max(columns, 1) - 1)}${Math.Max(1, RowNumber)}";
}
