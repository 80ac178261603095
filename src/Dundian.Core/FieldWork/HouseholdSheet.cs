namespace Dundian.Core.FieldWork;

/// <summary>
/// The columns of the register template 「困难户走访」: one row a household, or a household and one visit to it
/// (several visits to one household are several rows repeating its village and head).
/// </summary>
public static class HouseholdSheet
{
    public const string Village = "村(社区)", Head = "户主姓名", IdNumber = "身份证号", Phone = "联系电话", Kind = "困难类型",
        Situation = "困难情况", Help = "帮扶措施", VisitedOn = "走访日期", Visitors = "走访人", Notes = "走访情况", Consolation = "慰问金(元)";

    public static readonly IReadOnlyList<string> Headers =
        [Village, Head, IdNumber, Phone, Kind, Situation, Help, VisitedOn, Visitors, Notes, Consolation];

    public static readonly IReadOnlyList<string> Required = [Village, Head];
}
