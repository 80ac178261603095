using System.IO.Compression;
using System.Xml;

namespace Dundian.Documents;

/// <summary>
/// Walks a workbook's zip entries before anything parses them: first the sizes the package declares, then the bytes
/// really inflated (a crafted zip can declare small sizes), reading through each worksheet with an XmlReader that
/// counts rows and cells and stops at the first limit. Memory stays flat: one buffer, nothing is kept.
/// </summary>
internal static class XlsxPackageCheck
{
    private const string SheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <param name="budget">Counts the bytes inflated; tests pass their own to see how far a bomb got.</param>
    public static void Check(Stream package, XlsxLimits limits, InflateBudget? budget = null)
    {
        using var zip = OpenZip(package);
        if (zip.Entries.Count > limits.MaxEntries)
            throw new XlsxReadException($"工作簿包含的部件过多(超过 {limits.MaxEntries} 个),已拒收。");
        var declared = 0L;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUnpackedBytes) throw TooLarge(limits);
        }

        budget ??= new InflateBudget(limits);
        foreach (var entry in zip.Entries)
        {
            using var stream = new CountingStream(entry.Open(), budget);
            if (IsWorksheet(entry.FullName)) CountCells(stream, limits);
            else stream.CopyTo(Stream.Null, 81920);
        }
    }

    private static ZipArchive OpenZip(Stream package)
    {
        try
        {
            return new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new XlsxReadException("无法读取该工作簿,文件可能已损坏,请用模板重新填写。", e);
        }
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static void CountCells(Stream sheet, XlsxLimits limits)
    {
        // No DTDs: entity expansion ("billion laughs") is the XML form of the same attack.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(sheet, settings);
        long rows = 0, cells = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != SheetNamespace) continue;
            switch (xml.LocalName)
            {
                case "dimension":
                    CheckReference(xml.GetAttribute("ref"), limits);
                    break;
                case "row":
                    if (++rows > limits.MaxRows || RowNumber(xml.GetAttribute("r")) > limits.MaxRows + 1L) throw TooManyRows(limits);
                    break;
                case "c":
                    if (++cells > limits.MaxCells) throw new XlsxReadException($"工作表的单元格超过 {limits.MaxCells:N0} 个的上限,请分批导入。");
                    CheckReference(xml.GetAttribute("r"), limits);
                    break;
            }
        }
    }

    /// <summary>A cell reference (B7) or a range (A1:XFD1048576) must stay inside the row and column limits.</summary>
    private static void CheckReference(string? reference, XlsxLimits limits)
    {
        if (string.IsNullOrEmpty(reference)) return;
        foreach (var cell in reference.Split(':'))
        {
            var letters = 0;
            var column = 0L;
            while (letters < cell.Length && char.IsAsciiLetter(cell[letters]) && column <= limits.MaxColumns)
                column = column * 26 + (char.ToUpperInvariant(cell[letters++]) - 'A' + 1);
            if (column > limits.MaxColumns)
                throw new XlsxReadException($"工作表超过 {limits.MaxColumns} 列的上限,请使用下载的模板。");
            if (RowNumber(cell[letters..]) > limits.MaxRows + 1L) throw TooManyRows(limits);
        }
    }

    private static long RowNumber(string? digits) =>
        long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static XlsxReadException TooManyRows(XlsxLimits limits) =>
        new($"工作表超过 {limits.MaxRows:N0} 行的上限,请分批导入。");

    internal static XlsxReadException TooLarge(XlsxLimits limits) =>
        new($"工作簿解压后超过 {limits.MaxUnpackedBytes / (1024 * 1024)} MB 的上限(可能是恶意构造的压缩文件),已拒收。");

    /// <summary>Bytes inflated so far across all entries of one package.</summary>
    internal sealed class InflateBudget(XlsxLimits limits)
    {
        public long Used { get; private set; }

        public void Spend(int bytes)
        {
            Used += bytes;
            if (Used > limits.MaxUnpackedBytes) throw TooLarge(limits);
        }
    }

    /// <summary>A read-only wrapper that charges every inflated byte to the budget and stops when it runs out.</summary>
    private sealed class CountingStream(Stream inner, InflateBudget budget) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            budget.Spend(n);
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            budget.Spend(n);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
