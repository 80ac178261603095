using Dundian.Core.FieldWork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages.Topics;

/// <summary>
/// A published 蹲点手记 or 调研报告 on the campaign's 专题: the author (name, post, unit — public officials in office)
/// and the text with residents' personal data masked (<see cref="PublishedWritings"/>). Anything not published,
/// including an unpublished one, is 404.
/// </summary>
[AllowAnonymous]
public class WritingModel(PublishedWritings writings) : PageModel
{
    public PublishedWriting Writing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken ct)
    {
        if (WritingKinds.FromSegment(kind) is not { } k) return NotFound();
        var writing = await writings.FindAsync(k, id, ct);
        if (writing is null) return NotFound();
        Writing = writing;
        return Page();
    }
}
