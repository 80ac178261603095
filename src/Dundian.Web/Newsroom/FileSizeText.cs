using System.Globalization;

namespace Dundian.Web.Newsroom;

public static class FileSizeText
{
    /// <summary>"320 KB", "4.2 MB" for attachment lists.</summary>
    public static string Of(long bytes) => bytes < 1024 * 1024
        ? Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB"
        : (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
