using Dundian.Core.Campaigns;
using Dundian.Core.Common;

namespace Dundian.Core.Bulletins;

/// <summary>
/// A numbered series of bulletins of one campaign (e.g. 「蹲点调研活动简报」) issued by an office (编发单位, e.g.
/// 县主题实践活动办公室). <see cref="LastNumber"/> is the series' counter: it moves only inside the transaction that
/// issues a bulletin and is a concurrency token, so two issues racing for the same number cannot both commit
/// (the loser's UPDATE … WHERE LastNumber = n matches no row) and a number is never skipped or reused.
/// </summary>
public class BulletinSeries
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public string Name { get; private set; } = "";
    public string IssuingUnit { get; private set; } = "";
    public int LastNumber { get; private set; }

    public static BulletinSeries Create(int campaignId, string name, string issuingUnit)
    {
        var s = new BulletinSeries { CampaignId = campaignId };
        s.Rename(name, issuingUnit);
        return s;
    }

    public void Rename(string name, string issuingUnit)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ValidationException(nameof(Name), "请填写简报名称");
        if (string.IsNullOrWhiteSpace(issuingUnit)) throw new ValidationException(nameof(IssuingUnit), "请填写编发单位");
        Name = name.Trim();
        IssuingUnit = issuingUnit.Trim();
    }

    /// <summary>The next number of the series, taken by the bulletin being issued.</summary>
    internal int TakeNextNumber() => ++LastNumber;
}
