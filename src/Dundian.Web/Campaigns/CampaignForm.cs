using Dundian.Core.Campaigns;

namespace Dundian.Web.Campaigns;

/// <summary>The fields of 新建活动 / 修改活动 as posted (Input.*).</summary>
public sealed class CampaignForm
{
    public string? Name { get; set; }
    public string? Theme { get; set; }
    public string? Slogan { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public CampaignTier Tier { get; set; } = CampaignTier.County;
    public int OrgUnitId { get; set; }
    public string? Requirements { get; set; }
    public string? TimeRequirement { get; set; }
    public string? ContentRequirement { get; set; }
    public string? DisciplineRequirement { get; set; }
    public string? SixOnesDuties { get; set; }

    public static CampaignForm From(Campaign c) => new()
    {
        Name = c.Name, Theme = c.Theme, Slogan = c.Slogan, StartDate = c.StartDate, EndDate = c.EndDate, Tier = c.Tier,
        OrgUnitId = c.OrgUnitId, Requirements = c.Requirements, TimeRequirement = c.TimeRequirement,
        ContentRequirement = c.ContentRequirement, DisciplineRequirement = c.DisciplineRequirement, SixOnesDuties = c.SixOnesDuties,
    };

    /// <summary>Copies the fields onto <paramref name="c"/>; dates are required here, the rest is checked by CampaignSetup.</summary>
    public void ApplyTo(Campaign c)
    {
        c.Name = (Name ?? "").Trim();
        c.Theme = (Theme ?? "").Trim();
        c.Slogan = Blank(Slogan);
        c.StartDate = StartDate ?? throw new Dundian.Core.Common.ValidationException("StartDate", "请填写活动开始日期。");
        c.EndDate = EndDate ?? throw new Dundian.Core.Common.ValidationException("EndDate", "请填写活动结束日期。");
        c.Tier = Enum.IsDefined(Tier) ? Tier : throw new Dundian.Core.Common.ValidationException("Tier", "请选择活动层级。");
        c.OrgUnitId = OrgUnitId;
        c.Requirements = Blank(Requirements);
        c.TimeRequirement = Blank(TimeRequirement);
        c.ContentRequirement = Blank(ContentRequirement);
        c.DisciplineRequirement = Blank(DisciplineRequirement);
        c.SixOnesDuties = Blank(SixOnesDuties);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
