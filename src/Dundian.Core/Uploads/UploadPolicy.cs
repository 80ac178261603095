namespace Dundian.Core.Uploads;

/// <summary>
/// Allowed file types per kind, checked by extension and by the file's first bytes (a renamed .exe is refused),
/// and the size limit. Types that browsers would run (HTML, SVG with script) are never accepted.
/// </summary>
public sealed record UploadPolicy(FileKind Kind, long MaxBytes, IReadOnlyDictionary<string, FileType> Types)
{
    public static readonly UploadPolicy Images = new(FileKind.Image, 5 * 1024 * 1024, FileType.Index(
        FileType.Jpeg, FileType.Png, FileType.Gif, FileType.Webp));

    public static readonly UploadPolicy Documents = new(FileKind.Document, 20 * 1024 * 1024, FileType.Index(
        FileType.Pdf, FileType.Docx, FileType.Xlsx, FileType.Pptx, FileType.Doc, FileType.Xls, FileType.Zip,
        FileType.Jpeg, FileType.Png));

    public static readonly UploadPolicy Videos = new(FileKind.Video, 200 * 1024 * 1024, FileType.Index(
        FileType.Mp4, FileType.Webm));

    public static UploadPolicy For(FileKind kind) => kind switch
    {
        FileKind.Image => Images,
        FileKind.Video => Videos,
        _ => Documents,
    };

    /// <summary>Extensions for the file picker's accept attribute and for messages, e.g. ".jpg,.png".</summary>
    public string Accept => string.Join(",", Types.Keys);

    /// <summary>"5 MB" for messages.</summary>
    public string MaxSizeText => $"{MaxBytes / (1024 * 1024)} MB";
}
