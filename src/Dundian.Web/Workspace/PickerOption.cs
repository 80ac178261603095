namespace Dundian.Web.Workspace;

/// <summary>One choice of a <see cref="Picker"/>; <see cref="Depth"/> indents it under its parent in a tree.</summary>
public sealed record PickerOption(string Value, string Text, int Depth = 0, string? Hint = null);
