using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dundian.Documents;

/// <summary>
/// An import template: the header row, example rows and, on the first sheet, data validations (drop-downs and
/// number/date checks) for the first <see cref="MaxRows"/> data rows, and optionally a sheet of example rows. The
/// drop-downs' choices live on a hidden last sheet 「选项」 (an inline list is limited to 255 characters, too short for a campaign's people); the reader reads the
/// first sheet only, so the hidden one never reaches an import. MiniExcel writes the cells, OpenXML adds the rules.
/// </summary>
public static class XlsxTemplate
{
    public const int MaxRows = 2000;
    public const string ChoicesSheet = "选项";

    /// <param name="example">Filled-in example rows, on a second sheet of their own: on the first sheet an example
    /// row left in by mistake would be imported as data.</param>
    public static byte[] ToBytes(XlsxSheet sheet, IReadOnlyList<XlsxColumnRule> rules, XlsxSheet? example = null)
    {
        var lists = rules.Where(r => r.Kind == XlsxColumnKind.List).ToList();
        var longest = lists.Select(r => r.Choices?.Count ?? 0).DefaultIfEmpty(0).Max();
        var choiceRows = Enumerable.Range(0, longest)
            .Select(i => (IReadOnlyList<object?>)lists.Select(r => i < r.Choices!.Count ? (object?)r.Choices[i] : null).ToList()).ToList();
        var choiceHeaders = lists.Select(r => sheet.Headers[r.Column]).ToList();
        using var buffer = new MemoryStream();
        var all = new List<XlsxSheet> { sheet };
        if (example is not null) all.Add(example);
        if (lists.Count > 0) all.Add(new XlsxSheet(ChoicesSheet, choiceHeaders, choiceRows));
        XlsxWriter.Write(buffer, [.. all]);
        buffer.Position = 0;
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            if (lists.Count > 0) sheets[^1].State = SheetStateValues.Hidden;
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet;
            var validations = new DataValidations();
            foreach (var rule in rules) validations.Append(Validation(rule, lists.IndexOf(rule), sheet.Headers[rule.Column]));
            validations.Count = (uint)validations.ChildElements.Count;
            InsertInOrder(worksheet, validations);
            worksheet.Save();
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static DataValidation Validation(XlsxColumnRule rule, int listIndex, string header)
    {
        var column = Letter(rule.Column);
        var v = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{MaxRows + 1}" },
            AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "输入有误", PromptTitle = header,
        };
        switch (rule.Kind)
        {
            case XlsxColumnKind.List:
                var choices = Letter(listIndex);
                v.Type = DataValidationValues.List;
                v.ShowInputMessage = true;
                v.Prompt = "请从下拉列表中选择";
                v.Error = $"{header}请从下拉列表中选择。";
                v.Formula1 = new Formula1($"'{ChoicesSheet}'!${choices}$2:${choices}${Math.Max(2, rule.Choices!.Count + 1)}");
                break;
            case XlsxColumnKind.WholeNotNegative:
                v.Type = DataValidationValues.Whole;
                v.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                v.Error = $"{header}应为不小于 0 的整数。";
                v.Formula1 = new Formula1("0");
                break;
            case XlsxColumnKind.DecimalNotNegative:
                v.Type = DataValidationValues.Decimal;
                v.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                v.Error = $"{header}应为不小于 0 的数。";
                v.Formula1 = new Formula1("0");
                break;
            case XlsxColumnKind.Date:
                // A prompt only ("any value"): Excel turns a typed date into a serial number, and the reader accepts
                // both that and yyyy-MM-dd text, so a stricter rule would refuse good input in one program or another.
                v.Type = DataValidationValues.None;
                v.ShowInputMessage = true;
                v.ShowErrorMessage = false;
                v.Prompt = "日期,例如 2007-04-02";
                break;
            case XlsxColumnKind.DateTime:
                v.Type = DataValidationValues.None;
                v.ShowInputMessage = true;
                v.ShowErrorMessage = false;
                v.Prompt = "日期和时间,例如 2007-04-02 09:30";
                break;
        }
        return v;
    }

    /// <summary>dataValidations must follow sheetData (and mergeCells/phoneticPr/conditionalFormatting) in the schema order.</summary>
    private static void InsertInOrder(Worksheet worksheet, DataValidations validations)
    {
        worksheet.RemoveAllChildren<DataValidations>();
        OpenXmlElement after = worksheet.GetFirstChild<SheetData>()!;
        foreach (var e in worksheet.ChildElements)
            if (e is SheetCalculationProperties or SheetProtection or ProtectedRanges or Scenarios or AutoFilter or SortState
                or DataConsolidate or CustomSheetViews or MergeCells or PhoneticProperties or ConditionalFormatting)
                after = e;
        worksheet.InsertAfter(validations, after);
    }

    private static string Letter(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }
}
