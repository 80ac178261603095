using Dundian.Core.Accounts;

namespace Dundian.Core.Community;

/// <summary>
/// Who moderates the portal's comments and message board, and who edits the sensitive-word lexicon.
/// The portal, its comments, its board and the lexicon belong to the whole site (the organisation department at the
/// top of the org tree), so the role must be granted on a top-level unit: a town editor does not moderate the
/// city's portal. Checked in every handler, not only in the menu.
/// </summary>
public static class ModerationAccess
{
    /// <summary>Moderate comments and messages and write official replies.</summary>
    public static readonly StaffRole[] ModeratorRoles = [StaffRole.SystemAdmin, StaffRole.Reviewer, StaffRole.Editor, StaffRole.CampaignOffice];

    /// <summary>Edit the lexicon: it decides what every form holds back, so only admins and reviewers (审核员).</summary>
    public static readonly StaffRole[] LexiconRoles = [StaffRole.SystemAdmin, StaffRole.Reviewer];

    public static bool MayModerate(StaffScope scope) => SiteWide(scope, ModeratorRoles);

    public static bool MayEditLexicon(StaffScope scope) => SiteWide(scope, LexiconRoles);

    /// <summary>Paths under which the user may choose the unit that signs an official reply.</summary>
    public static IReadOnlyList<string> ReplyUnitPaths(StaffScope scope) => scope.PathsFor(ModeratorRoles);

    // A top-level unit's materialised path holds one id: "/1/".
    private static bool SiteWide(StaffScope scope, StaffRole[] roles) =>
        scope.Grants.Any(g => roles.Contains(g.Role) && g.Path.Count(c => c == '/') == 2);
}
