namespace Dundian.Core.FieldWork;

/// <summary>
/// The columns of the field-log workbook: the export 「蹲点日志」 and the import template share them, so an exported
/// sheet can be imported again (its rows are then all found already present and nothing is created).
/// 天数 and 调研组 are read but only as help: days follow from the dates, the group from the person (调研组 tells
/// two people of the same name apart).
/// </summary>
public static class FieldLogSheet
{
    public const string Start = "开始日期", End = "结束日期", Days = "天数", Person = "人员", Group = "调研组", Village = "村(社区)";
    public const string Households = "走访农户(户)", Symposiums = "座谈会(次)", Attendees = "座谈人数", Talks = "谈心(人次)",
        ConsolationHouseholds = "慰问困难户(户)", Consolation = "慰问金(元)", PolicyTalks = "主题宣讲(次)",
        Dialogue = "恳谈(人次)", Solved = "当场解决问题(个)", Location = "地点", Notes = "备注";

    public static readonly IReadOnlyList<string> Headers =
    [
        Start, End, Days, Person, Group, Village, Households, Symposiums, Attendees, Talks, ConsolationHouseholds,
        Consolation, PolicyTalks, Dialogue, Solved, Location, Notes,
    ];

    /// <summary>The columns an import cannot do without.</summary>
    public static readonly IReadOnlyList<string> Required = [Start, End, Person, Village];

    /// <summary>Whole-number count columns and the <see cref="FieldLogInput"/> property each fills.</summary>
    public static readonly IReadOnlyList<string> Counts =
        [Households, Symposiums, Attendees, Talks, ConsolationHouseholds, PolicyTalks, Dialogue, Solved];
}
