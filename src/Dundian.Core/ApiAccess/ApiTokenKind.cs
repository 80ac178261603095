namespace Dundian.Core.ApiAccess;

/// <summary>Who stands behind an API token.</summary>
public enum ApiTokenKind
{
    /// <summary>Acts as one staff account, with that account's current roles and org-unit grants.</summary>
    Person = 1,
    /// <summary>A named platform (a county's app, 浙里办) acting as the campaign office of one org unit.</summary>
    System = 2,
}
