namespace Dundian.Core.Community;

/// <summary>Why a post waits in the moderation queue; several can apply at once.</summary>
[Flags]
public enum HoldReason
{
    None = 0,
    /// <summary>The site runs pre-moderation (先审后发): every post waits.</summary>
    PreModeration = 1,
    /// <summary>The text contains a word of the sensitive-word lexicon.</summary>
    SensitiveWords = 2,
    /// <summary>Enough distinct readers reported it (举报) that it was taken down again.</summary>
    Reported = 4,
}
