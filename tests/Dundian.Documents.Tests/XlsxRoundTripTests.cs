using System.Text;
using MiniExcelLibs;
using Xunit;

namespace Dundian.Documents.Tests;

/// <summary>What the import relies on: row numbers as Excel shows them (blank rows included), cells by header,
/// and refusals of files that are not workbooks before anything is parsed.</summary>
public sealed class XlsxRoundTripTests
{
    private static readonly string[] Headers = ["姓名", "职务", "类别"];

    [Fact]
    public void Written_rows_read_back_by_header_with_excel_row_numbers()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("参加人员", Headers, [
            ["张三", "镇长", "镇乡(街道)班子成员"],
            [null, null, null],
            ["李四", null, "法检两长"],
        ]));
        var rows = XlsxReader.Read(new MemoryStream(bytes), "名单.xlsx");
        Assert.Equal(3, rows.Count);
        Assert.Equal((2, "张三", "镇长"), (rows[0].Number, rows[0]["姓名"], rows[0]["职务"]));
        Assert.True(rows[1].IsBlank);
        Assert.Equal((4, "李四", null), (rows[2].Number, rows[2]["姓名"], rows[2]["职务"]));
        Assert.Null(rows[2]["所在组"]);
    }

    [Fact]
    public void Blank_rows_typed_in_excel_keep_the_numbers_of_the_rows_after_them()
    {
        // A sheet written cell by cell with a gap at rows 3-4, as a person leaves it after deleting two lines' contents.
        using var buffer = new MemoryStream();
        buffer.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["A"] = "姓名", ["B"] = "类别" },
            new Dictionary<string, object?> { ["A"] = "王五", ["B"] = "县直部门负责人" },
            new Dictionary<string, object?> { ["A"] = null, ["B"] = null },
            new Dictionary<string, object?> { ["A"] = null, ["B"] = null },
            new Dictionary<string, object?> { ["A"] = "赵六", ["B"] = 12 },
        }, printHeader: false, excelType: ExcelType.XLSX);
        var rows = XlsxReader.Read(new MemoryStream(buffer.ToArray()), "名单.XLSX");
        var last = rows.Last(r => !r.IsBlank);
        Assert.Equal((5, "赵六", "12"), (last.Number, last["姓名"], last["类别"]));
    }

    [Fact]
    public void Template_without_rows_still_has_its_header_row()
    {
        var bytes = XlsxWriter.ToBytes(new XlsxSheet("模板", Headers, []));
        var first = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(Headers, first.Values.Select(v => v?.ToString()));
        Assert.Empty(XlsxReader.Read(new MemoryStream(bytes), "模板.xlsx"));
    }

    [Theory]
    [InlineData("名单.xls", "只接受 Excel 工作簿")]
    [InlineData("名单.xlsx", "文件内容不是 Excel 工作簿")]
    public void Files_that_are_not_xlsx_are_refused_in_chinese(string name, string message)
    {
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("姓名,职务")), name));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Oversized_file_is_refused_before_parsing()
    {
        var e = Assert.Throws<XlsxReadException>(() => XlsxReader.Read(new MemoryStream(new byte[1025]), "大.xlsx", new XlsxLimits { MaxFileBytes = 1024 }));
        Assert.Contains("上限", e.Message);
    }
}
