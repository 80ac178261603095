namespace Dundian.Core.Concerns;

/// <summary>The columns of the hotline-batch template 「热线诉求」 (a 12345 platform's export mapped to ours).</summary>
public static class ConcernSheet
{
    public const string CallNumber = "热线工单号", ReceivedAt = "受理时间", Category = "诉求类别", Village = "村(社区)",
        Description = "诉求内容", Reporter = "诉求人", Phone = "联系电话", Location = "具体位置", Unit = "承办单位";

    public static readonly IReadOnlyList<string> Headers = [CallNumber, ReceivedAt, Category, Village, Description, Reporter, Phone, Location, Unit];

    public static readonly IReadOnlyList<string> Required = [CallNumber, ReceivedAt, Category, Village, Description];
}
