namespace Dundian.Core.Accounts;

/// <summary>Staff roles. Each is granted on an org unit and covers that unit's descendants.</summary>
public enum StaffRole
{
    SystemAdmin = 1,
    CampaignOffice = 2,
    GroupLead = 3,
    Cadre = 4,
    Editor = 5,
    Reviewer = 6,
    HotlineOperator = 7,
}
