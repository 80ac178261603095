namespace Dundian.Bench.Excel;

/// <summary>Rows shaped like the 民情诉求 export (15 columns: text in Chinese, dates, a phone, a status), generated
/// deterministically and handed out one at a time as a database reader would.</summary>
public static class SampleRows
{
    public static readonly string[] Headers = ["受理编号", "受理时间", "类别", "村(社区)", "来源", "状态", "反映人", "联系电话",
        "诉求内容", "地点", "承办单位", "办理期限", "办结时间", "办理结果", "满意度"];

    private static readonly string[] Villages = ["东门渔村", "石浦村", "墙头村", "茅洋村", "黄避岙村", "涂茨村", "新桥村", "晓塘村"];
    private static readonly string[] Categories = ["道路交通", "环境卫生", "渔业生产", "社会保障", "农村建设"];
    private static readonly string[] Statuses = ["受理", "交办", "办理", "办结", "回访"];

    public static async IAsyncEnumerable<IReadOnlyList<object?>> Generate(int count, MemoryProbe probe)
    {
        var random = new Random(20070508);
        var start = new DateTime(2007, 3, 22, 8, 0, 0);
        for (var i = 1; i <= count; i++)
        {
            if (i % 10_000 == 0)
            {
                probe.Sample(i);
                await Task.Yield(); // a database reader hands rows over asynchronously
            }
            var received = start.AddMinutes(i % 100_000);
            yield return
            [
                $"XS2007{i:D8}", received, Categories[i % Categories.Length], Villages[i % Villages.Length], "阳光热线",
                Statuses[i % Statuses.Length], "王" + (char)('一' + random.Next(200)) + (char)('一' + random.Next(200)),
                $"138{random.Next(10_000_000, 99_999_999)}", $"第{i}号诉求:村里的道路年久失修,雨天积水严重,群众出行不便,希望尽快修缮。",
                $"{Villages[i % Villages.Length]}{random.Next(1, 200)}号", "象山县交通运输局", received.AddDays(15),
                i % 3 == 0 ? received.AddDays(random.Next(1, 15)) : null, i % 3 == 0 ? "已安排施工队修缮路面并疏通排水沟。" : null,
                i % 3 == 0 ? "满意" : null,
            ];
        }
    }
}
