using Dundian.Core.Common;

namespace Dundian.Core.Concerns;

// A concern from a hotline batch (12345 热线 工单): received at the hotline's own time, under the hotline's number.
public partial class Concern
{
    public const int MaxExternalNumber = 40;

    /// <summary>
    /// 受理 of a call the hotline took at <paramref name="receivedAtUtc"/>: the concern's receipt, its tracking
    /// number's date and — when <see cref="Assign"/> is called with the same time — its due date and so every 督办
    /// follow the call, not the day of the import. A call time in the future or a tracking number dated another day
    /// is refused.
    /// </summary>
    public static Concern ReceiveFromHotline(string trackingNumber, string queryCodeHash, ConcernCategory category, int villageId,
        string description, string externalNumber, DateTime receivedAtUtc, DateTime nowUtc, string? actor)
    {
        var number = externalNumber?.Trim() ?? "";
        if (number.Length == 0) throw new ConcernRuleException("请填写热线工单号。");
        if (number.Length > MaxExternalNumber || number.Any(char.IsControl))
            throw new ConcernRuleException($"热线工单号不能超过 {MaxExternalNumber} 个字符。");
        if (receivedAtUtc > nowUtc) throw new ConcernRuleException("受理时间不能晚于现在。");
        var day = DateOnly.FromDateTime(ChinaTime.ToLocal(receivedAtUtc)).ToString("yyyyMMdd");
        if (!trackingNumber.StartsWith(day, StringComparison.Ordinal))
            throw new ConcernRuleException("查询编号须以受理日期开头。");
        var concern = Receive(trackingNumber, queryCodeHash, category, villageId, description, ConcernSource.Hotline, receivedAtUtc, actor);
        concern.ExternalNumber = number;
        return concern;
    }
}
