namespace Dundian.Core.Uploads;

/// <summary>What an upload is for; each kind has its own allowed types and size limit (<see cref="UploadPolicy"/>).</summary>
public enum FileKind
{
    Image,
    Document,
    Video,
}
