namespace Dundian.Core.Moderation;

/// <summary>One occurrence of a lexicon word: where it starts in the text and how long it is.</summary>
public readonly record struct SensitiveMatch(string Word, int Index, int Length);
