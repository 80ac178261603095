namespace Dundian.Bench.Search;

/// <summary>
/// Twenty searches a reader of the portal would type: campaign terms, places, two-word searches, a long slogan, a very
/// common word, a rare name and one with no hits. <see cref="Kind"/> says why each is there.
/// </summary>
public static class BenchQueries
{
    public sealed record BenchQuery(string Text, string Kind);

    public static readonly BenchQuery[] All =
    [
        new("蹲点调研", "campaign term (common)"),
        new("民情日记", "campaign term"),
        new("共同富裕", "campaign term"),
        new("实事项目", "campaign term"),
        new("民情恳谈会", "campaign term"),
        new("渔家乐", "single word"),
        new("垃圾分类", "single word"),
        new("调研报告", "single word"),
        new("象山县", "place (common)"),
        new("石浦镇", "place (town)"),
        new("东门渔村", "place (village)"),
        new("桥头林村", "place (village)"),
        new("东门渔村 渔家乐", "two words"),
        new("困难党员 慰问", "two words"),
        new("石浦镇 乡村振兴", "two words"),
        new("渔船 安全", "two words"),
        new("联镇带村谋发展,蹲点联系办实事", "long slogan"),
        new("群众", "very common word"),
        new("周江勇", "rare name"),
        new("量子计算机", "no hits"),
    ];
}
