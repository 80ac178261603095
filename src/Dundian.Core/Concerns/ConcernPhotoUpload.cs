namespace Dundian.Core.Concerns;

/// <summary>One photo as it arrives from a form: its content and the name the sender's device gave it.</summary>
public sealed record ConcernPhotoUpload(Stream Content, string FileName);
