using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Dundian.Documents.Tests;

/// <summary>
/// Import templates: schema-valid (Excel refuses a sheet whose dataValidations sit in the wrong place, where
/// LibreOffice would not mind), drop-downs pointing at the hidden choices sheet, and an empty first sheet for the reader.
/// </summary>
public sealed class XlsxTemplateTests
{
    private static readonly string[] Headers = ["开始日期", "人员", "村(社区)", "走访农户(户)", "慰问金(元)"];

    private static byte[] Template() => XlsxTemplate.ToBytes(new XlsxSheet("蹲点日志", Headers, []),
        [
            new(1, XlsxColumnKind.List, ["张三", "李四", "王五"]), new(2, XlsxColumnKind.List, ["东门渔村"]),
            new(0, XlsxColumnKind.Date), new(3, XlsxColumnKind.WholeNotNegative), new(4, XlsxColumnKind.DecimalNotNegative),
        ],
        new XlsxSheet("填写示例", Headers, [["2007-04-02", "张三", "东门渔村", 3, 100.5m]]));

    [Fact]
    public void Template_is_schema_valid_with_list_rules_on_the_hidden_choices_sheet()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["蹲点日志", "填写示例", XlsxTemplate.ChoicesSheet], sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[2].State!.Value);
        var rules = ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet
            .GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();
        Assert.Equal(5, rules.Count);
        var people = rules.Single(r => r.SequenceOfReferences!.InnerText == "B2:B2001");
        Assert.Equal(DataValidationValues.List, people.Type!.Value);
        Assert.Equal("'选项'!$A$2:$A$4", people.Formula1!.Text);
        Assert.Equal("'选项'!$B$2:$B$2", rules.Single(r => r.SequenceOfReferences!.InnerText == "C2:C2001").Formula1!.Text);
    }

    [Fact]
    public void The_reader_sees_only_the_empty_first_sheet()
    {
        Assert.Empty(XlsxReader.Read(new MemoryStream(Template()), "模板.xlsx"));
    }
}
