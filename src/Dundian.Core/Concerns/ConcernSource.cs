namespace Dundian.Core.Concerns;

/// <summary>Where a concern came in: a cadre's visit or symposium, the portal form, or the 阳光热线 hotline.</summary>
public enum ConcernSource
{
    FieldVisit = 1,
    Portal = 2,
    Hotline = 3,
}
