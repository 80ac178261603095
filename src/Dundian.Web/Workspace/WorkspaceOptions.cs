namespace Dundian.Web.Workspace;

/// <summary>Settings of the back office (section <c>Workspace</c>).</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Workspace";

    /// <summary>Days after its end date during which a cadre may still correct or delete his own field log; an office any time.</summary>
    public int FieldLogCorrectionDays { get; set; } = 7;

    /// <summary>Days ahead for "due soon" on the 工作台 (concerns, commitments).</summary>
    public int DueSoonDays { get; set; } = 3;
}
