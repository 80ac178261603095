namespace Dundian.Web.Tests.Portal;

/// <summary>
/// The ORIGINAL seed document (../shared/seed beside the repository), not the copy shipped as a resource:
/// comparing against the source proves the copy and the import did not alter the text.
/// </summary>
public static class SeedFile
{
    public const string FileName = "000_d8d0afbd2e5e53b9.txt";

    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seed", FileName);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException(
                $"Seed file shared/seed/{FileName} not found in any ancestor of {AppContext.BaseDirectory}. " +
                "The tests expect the shared folder beside the repository clone (../shared/seed).");
        }
    }

    private static string[] Lines => File.ReadAllText(Path).Replace("\r\n", "\n").Split('\n');

    /// <summary>Line 3: "title | |||".</summary>
    public static string Title => Lines[2].Split('|')[0].Trim();

    /// <summary>Line 4: the article body, paragraphs separated by spaces.</summary>
    public static string Body => Lines[3];
}
