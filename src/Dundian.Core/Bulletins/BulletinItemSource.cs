namespace Dundian.Core.Bulletins;

/// <summary>Where an item's text came from: written for the bulletin, or copied from a published writing or article.</summary>
public enum BulletinItemSource
{
    Written = 1,
    FieldNote = 2,
    ResearchReport = 3,
    Article = 4,
}
