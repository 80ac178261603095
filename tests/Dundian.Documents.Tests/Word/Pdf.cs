using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dundian.Documents.Tests.Word;

/// <summary>
/// Converts a .docx to PDF with LibreOffice (its own profile under /tmp, so parallel runs do not share one) and reads
/// the result with poppler: page count (pdfinfo), text (pdftotext) and PNG pictures of the pages (pdftoppm) that are
/// kept under the test output folder to be looked at.
/// </summary>
internal static partial class Pdf
{
    public static string Convert(byte[] docx, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "rendered");
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(input, docx);
        var profile = Path.Combine(Path.GetTempPath(), "dundian-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice", $"-env:UserInstallation=file://{profile} --headless --norestore --convert-to pdf --outdir \"{dir}\" \"{input}\"");
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
        var pdf = Path.Combine(dir, name + ".pdf");
        if (!File.Exists(pdf)) throw new InvalidOperationException("soffice wrote no PDF for " + name);
        return pdf;
    }

    public static int Pages(string pdf) => int.Parse(PagesLine().Match(Run("pdfinfo", $"\"{pdf}\"")).Groups[1].Value);

    /// <summary>
    /// The text of one page (1-based) without white space: the character grid spreads the letters, so pdftotext puts
    /// spaces between them (「— 1 —」 reads 「—1—」).
    /// </summary>
    public static string Text(string pdf, int page) =>
        Spaces().Replace(Run("pdftotext", $"-layout -f {page} -l {page} \"{pdf}\" -"), "");

    /// <summary>The lines of one page as pdftotext lays them out (blank lines keep the vertical position roughly).</summary>
    public static string[] Lines(string pdf, int page) =>
        Run("pdftotext", $"-layout -f {page} -l {page} \"{pdf}\" -").Split('\n');

    /// <summary>PNG pictures of every page next to the PDF (name-1.png, …), for people to look at.</summary>
    public static void Render(string pdf) => Run("pdftoppm", $"-png -r 60 \"{pdf}\" \"{Path.ChangeExtension(pdf, null)}\"");

    private static string Run(string file, string arguments)
    {
        using var p = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(4))) { p.Kill(true); throw new TimeoutException(file + " did not finish"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {error.Result}");
        return output.Result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
