namespace Dundian.Core.Accounts;

/// <summary>Chinese display names of <see cref="StaffRole"/>.</summary>
public static class StaffRoleNames
{
    public static string Of(StaffRole role) => role switch
    {
        StaffRole.SystemAdmin => "系统管理员",
        StaffRole.CampaignOffice => "活动办公室",
        StaffRole.GroupLead => "调研组组长",
        StaffRole.Cadre => "蹲点干部",
        StaffRole.Editor => "编辑",
        StaffRole.Reviewer => "审核员",
        StaffRole.HotlineOperator => "热线接线员",
        _ => role.ToString(),
    };
}
