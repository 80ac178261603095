namespace Dundian.Core.Uploads;

/// <summary>An accepted file type: its extension, the content type we serve it with, and its leading bytes.</summary>
public sealed record FileType(string Extension, string ContentType, Func<ReadOnlyMemory<byte>, bool> Matches)
{
    private static Func<ReadOnlyMemory<byte>, bool> StartsWith(params byte[] magic) => head => head.Span.StartsWith(magic);

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static readonly FileType Jpeg = new(".jpg", "image/jpeg", StartsWith(0xFF, 0xD8, 0xFF));
    public static readonly FileType Png = new(".png", "image/png", StartsWith(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A));
    public static readonly FileType Gif = new(".gif", "image/gif", StartsWith("GIF8"u8.ToArray()));
    public static readonly FileType Webp = new(".webp", "image/webp",
        head => head.Length >= 12 && head.Span.StartsWith("RIFF"u8) && head.Span[8..12].SequenceEqual("WEBP"u8));
    public static readonly FileType Pdf = new(".pdf", "application/pdf", StartsWith("%PDF-"u8.ToArray()));
    public static readonly FileType Docx = new(".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", StartsWith(ZipMagic));
    public static readonly FileType Xlsx = new(".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", StartsWith(ZipMagic));
    public static readonly FileType Pptx = new(".pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", StartsWith(ZipMagic));
    public static readonly FileType Doc = new(".doc", "application/msword", StartsWith(OleMagic));
    public static readonly FileType Xls = new(".xls", "application/vnd.ms-excel", StartsWith(OleMagic));
    public static readonly FileType Zip = new(".zip", "application/zip", StartsWith(ZipMagic));
    public static readonly FileType Mp4 = new(".mp4", "video/mp4",
        head => head.Length >= 8 && head.Span[4..8].SequenceEqual("ftyp"u8));
    public static readonly FileType Webm = new(".webm", "video/webm", StartsWith(0x1A, 0x45, 0xDF, 0xA3));

    /// <summary>By extension; ".jpeg" is an alias of ".jpg".</summary>
    public static IReadOnlyDictionary<string, FileType> Index(params FileType[] types)
    {
        var index = types.ToDictionary(t => t.Extension, StringComparer.OrdinalIgnoreCase);
        if (index.TryGetValue(".jpg", out var jpeg)) index[".jpeg"] = jpeg;
        return index;
    }
}
