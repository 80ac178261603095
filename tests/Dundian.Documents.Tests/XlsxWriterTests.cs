using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;
using Xunit;

namespace Dundian.Documents.Tests;

/// <summary>
/// The streaming writer as Excel sees it: schema-valid, bold frozen header with filter buttons, widths, inline strings,
/// real dates, control characters dropped; and the async path writing to a stream that cannot seek (a response body).
/// </summary>
public sealed class XlsxWriterTests
{
    private static readonly string[] Headers = ["编号", "姓名", "登记日期", "办结时间", "金额(元)"];

    private static IEnumerable<IReadOnlyList<object?>> Rows(int count)
    {
        for (var i = 1; i <= count; i++)
            yield return [i, $"张三{i}\u0001", new DateOnly(2007, 3, 22).AddDays(i % 60), new DateTime(2007, 5, 31, 14, 30, 0), i * 1.5m];
    }

    [Fact]
    public void Sheet_is_schema_valid_with_frozen_bold_header_widths_filter_and_real_dates()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.ToBytes(new XlsxSheet("民情诉求", Headers, Rows(3).ToList()))), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("民情诉求", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal("A1:E4", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(5, worksheet.Descendants<Column>().Count());
        Assert.All(worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 60));

        var rows = worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);
        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(Headers, header.Select(c => c.InlineString!.InnerText));
        var bold = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)bold.FontId!.Value).Bold);

        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("1", first[0].CellValue!.Text);
        Assert.Equal(CellValues.InlineString, first[1].DataType!.Value);
        Assert.Equal("张三1", first[1].InlineString!.InnerText);
        Assert.Equal(new DateTime(2007, 3, 23), DateTime.FromOADate(double.Parse(first[2].CellValue!.Text, CultureInfo.InvariantCulture)));
        var dateFormat = workbook.WorkbookStylesPart.Stylesheet.CellFormats.Elements<CellFormat>().ElementAt((int)first[2].StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value).FormatCode!.Value;
        Assert.Equal("yyyy-mm-dd", code);
        Assert.Equal(new DateTime(2007, 5, 31, 14, 30, 0), DateTime.FromOADate(double.Parse(first[3].CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("1.5", first[4].CellValue!.Text);
    }

    [Fact]
    public void Dates_read_back_as_dates_and_the_import_reader_reads_the_rows()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("民情诉求", Headers, Rows(2).ToList()));
        var row = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().First();
        Assert.Equal(new DateTime(2007, 3, 23), row["登记日期"]);
        var read = XlsxReader.Read(new MemoryStream(bytes), "导出.xlsx");
        Assert.Equal(("2007-03-23", "2007-05-31 14:30", "张三2"), (read[0]["登记日期"], read[0]["办结时间"], read[1]["姓名"]));
    }

    [Fact]
    public async Task Async_rows_stream_to_a_stream_that_cannot_seek()
    {
        var target = new MemoryStream();
        var forwardOnly = new ForwardOnly(target);
        await XlsxWriter.WriteAsync(forwardOnly, new XlsxAsyncSheet("户籍/台账:一", Headers, AsAsync(Rows(5000))), TestContext.Current.CancellationToken);
        Assert.True(forwardOnly.Writes > 1, "the file went out in pieces, not in one write at the end");
        using var document = SpreadsheetDocument.Open(new MemoryStream(target.ToArray()), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("户籍_台账_一", sheet.Name!.Value);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(5001, rows.Count);
        Assert.Equal("张三5000", rows[^1].Elements<Cell>().ElementAt(1).InlineString!.InnerText);
    }

    [Fact]
    public void A_row_that_does_not_match_the_headers_is_refused()
    {
        Assert.Throws<ArgumentException>(() => XlsxWriter.ToBytes(new XlsxSheet("表", ["甲", "乙"], [["只有一格"]])));
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> AsAsync(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>A response body: write-only, no seeking, no length, no synchronous writes.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public int Writes { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            await inner.WriteAsync(buffer, cancellationToken);
        }
    }
}
