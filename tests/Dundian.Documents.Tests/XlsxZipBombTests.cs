using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Xunit;

namespace Dundian.Documents.Tests;

/// <summary>
/// A workbook is a zip, and a zip can unpack to a thousand times its size. These tests build such files and check that
/// the reader refuses them in Chinese while inflating little and allocating little (memory, not time, is asserted).
/// </summary>
public sealed class XlsxZipBombTests(ITestOutputHelper output)
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";
    private const string SheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    private const string SheetEnd = "</sheetData></worksheet>";
    private const long Gigabyte = 1024L * 1024 * 1024;

    // Generated once for the class: compressing a gigabyte takes a few seconds.
    private static readonly Lazy<byte[]> Bomb = new(() => WithSheet(GigabyteOfWhitespace));

    [Fact]
    public void A_one_megabyte_file_that_unpacks_to_a_gigabyte_is_refused_before_inflating()
    {
        var bomb = Bomb.Value;
        Assert.InRange(bomb.Length, 100 * 1024, XlsxLimits.Default.MaxFileBytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(bomb), "名单.xlsx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("解压后超过", e.Message);
        output.WriteLine($"bomb: {bomb.Length:N0} bytes packed, {Gigabyte:N0} declared unpacked; refused after allocating {allocated:N0} bytes");
        // The upload buffer (the file itself, doubled as a MemoryStream grows) and the zip directory: no gigabyte.
        Assert.InRange(allocated, 0, 16L * 1024 * 1024);
    }

    [Fact]
    public void A_bomb_that_declares_small_sizes_inflates_no_more_than_the_limit()
    {
        var liar = DeclareSheetSize(Bomb.Value, 4096);
        var limits = XlsxLimits.Default;
        var budget = new XlsxPackageCheck.InflateBudget(limits);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<Exception>(() => XlsxPackageCheck.Check(new MemoryStream(liar), limits, budget));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // .NET stops inflating an entry at its declared size, and the budget stops the package at the limit either way:
        // far short of the gigabyte inside.
        output.WriteLine($"lying bomb: inflated {budget.Used:N0} bytes, allocated {allocated:N0} bytes");
        Assert.InRange(budget.Used, 1, limits.MaxUnpackedBytes);
        Assert.InRange(allocated, 0, 16L * 1024 * 1024);

        // Through the reader every import uses: a refusal in Chinese.
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(liar), "名单.xlsx"));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Message);
    }

    [Fact]
    public void A_workbook_just_over_the_unpacked_limit_is_refused()
    {
        // An honest workbook of ordinary rows, 3.5 MB unpacked: refused by a 3 MB limit, read by a larger one.
        var limits = new XlsxLimits { MaxUnpackedBytes = 3 * 1024 * 1024 };
        var rows = new StringBuilder();
        for (var r = 1; r <= 40_000; r++) rows.Append($"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>张三李四王五赵六</t></is></c></row>""");
        var workbook = WithSheet(s => s.Write(Encoding.UTF8.GetBytes(rows.ToString())));
        var budget = new XlsxPackageCheck.InflateBudget(limits with { MaxUnpackedBytes = long.MaxValue });
        XlsxPackageCheck.Check(new MemoryStream(workbook), limits with { MaxUnpackedBytes = long.MaxValue }, budget);
        Assert.True(budget.Used > limits.MaxUnpackedBytes, $"the sheet unpacks to {budget.Used} bytes");

        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(workbook), "名单.xlsx", limits));
        Assert.Contains("解压后超过 3 MB", e.Message);
    }

    [Fact]
    public void Too_many_rows_are_refused_before_parsing()
    {
        var rows = string.Concat(Enumerable.Range(1, 60).Select(r => $"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>张{r}</t></is></c></row>"""));
        var workbook = WithSheet(s => s.Write(Encoding.UTF8.GetBytes(rows)));
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(workbook), "名单.xlsx", new XlsxLimits { MaxRows = 50 }));
        Assert.Contains("行的上限", e.Message);
    }

    [Theory]
    [InlineData("""<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>末行</t></is></c></row>""", "行的上限")]
    [InlineData("""<row r="1"><c r="XFD1" t="inlineStr"><is><t>末列</t></is></c></row>""", "列的上限")]
    public void A_far_away_cell_that_would_make_millions_of_blank_cells_is_refused(string rowXml, string message)
    {
        var workbook = WithSheet(s => s.Write(Encoding.UTF8.GetBytes(rowXml)));
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(workbook), "名单.xlsx"));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Entity_expansion_is_refused()
    {
        var sheet = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"""
            + """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>""";
        var workbook = WithRawSheet(Encoding.UTF8.GetBytes(sheet));
        Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(workbook), "名单.xlsx"));
    }

    [Fact]
    public void An_ordinary_workbook_still_reads()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("名单", ["姓名"], Enumerable.Range(1, 500).Select(i => new string?[] { $"张{i}" }).ToList()));
        Assert.Equal(500, XlsxReader.Read(new MemoryStream(bytes), "名单.xlsx").Count);
    }

    private static void GigabyteOfWhitespace(Stream sheet)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < Gigabyte / spaces.Length; i++) sheet.Write(spaces);
    }

    /// <summary>A real workbook from <see cref="XlsxWriter"/> whose sheet data is replaced by <paramref name="writeRows"/>.</summary>
    private static byte[] WithSheet(Action<Stream> writeRows) => WithSheetWriter(s =>
    {
        s.Write(Encoding.UTF8.GetBytes(SheetStart));
        writeRows(s);
        s.Write(Encoding.UTF8.GetBytes(SheetEnd));
    });

    private static byte[] WithRawSheet(byte[] sheet) => WithSheetWriter(s => s.Write(sheet));

    private static byte[] WithSheetWriter(Action<Stream> writeSheet)
    {
        var template = XlsxWriter.ToBytes(new XlsxSheet("名单", ["姓名"], []));
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName == SheetPath) writeSheet(to);
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }

    /// <summary>Rewrites the sheet's uncompressed size in its local header and in the central directory, as a crafted zip would.</summary>
    private static byte[] DeclareSheetSize(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(SheetPath);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
                patched++;
            }
        }
        Assert.Equal(2, patched);
        return bytes;
    }
}
