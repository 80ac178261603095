using Dundian.Core.Accounts;

namespace Dundian.Core.Campaigns;

/// <summary>
/// Who may do what with a campaign (scope rules on the grants alone; the pages and the API ask here). The figures of a whole campaign are for the office that
/// runs it (or an admin above it): its grant must cover the campaign's own org unit, since a town's office
/// would otherwise read the county's totals, which include other towns.
/// </summary>
public static class CampaignAccess
{
    public static bool MayReadFigures(this StaffScope scope, string campaignOrgPath) =>
        scope.CoversAny([StaffRole.CampaignOffice, StaffRole.SystemAdmin], campaignOrgPath);

    /// <summary>Roles that take part in field work at all (see nav and the field-log pages).</summary>
    public static bool DoesFieldWork(this StaffScope scope) =>
        scope.Has(StaffRole.Cadre) || scope.Has(StaffRole.GroupLead) || IsOffice(scope);

    /// <summary>Roles that set up and run campaigns (create, edit, people, groups, documents, import and export).</summary>
    public static readonly StaffRole[] OfficeRoles = [StaffRole.CampaignOffice, StaffRole.SystemAdmin];

    /// <summary>
    /// The office may set up a campaign when its grant covers the campaign's own org unit: a county office manages
    /// the county campaign and every township campaign under it; a town's office only its own town's.
    /// </summary>
    public static bool MayManage(this StaffScope scope, string campaignOrgPath) => scope.CoversAny(OfficeRoles, campaignOrgPath);

    public static bool IsOffice(this StaffScope scope) =>
        scope.Has(StaffRole.CampaignOffice) || scope.Has(StaffRole.SystemAdmin);
}
