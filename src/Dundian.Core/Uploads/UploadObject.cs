namespace Dundian.Core.Uploads;

/// <summary>One object in the upload storage: its key (a <see cref="StoredFile.StoragePath"/> when it is ours) and when it was written (UTC).</summary>
public sealed record UploadObject(string Key, DateTime LastModifiedUtc);
