using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Workspace;

/// <summary>
/// The one way a staff page acts: do the change, then redirect with a message (post/redirect/get, so a reload does
/// not post again) — or, when a rule or bad input refuses it (<see cref="IRefusal"/>), drop whatever the refused work
/// touched in memory, reload the page's data and show the Chinese message with nothing saved. Any other exception is
/// a fault and goes to the error page. Show both with the partial <c>_StaffMessages</c>.
/// </summary>
public abstract class StaffPageModel : PageModel
{
    public const string MessageKey = "Message";

    /// <summary>The refusal shown on this rendering of the page.</summary>
    public string? Error { get; protected set; }

    /// <summary>Runs <paramref name="work"/>; on success flashes <paramref name="done"/> and redirects to <paramref name="redirectTo"/>.</summary>
    protected async Task<IActionResult> ActAsync(Func<Task> work, string done, string redirectTo, Func<Task>? reload = null) =>
        await ActAsync(async () => { await work(); return done; }, redirectTo, reload);

    /// <summary>As above, when the message depends on what the work did.</summary>
    protected Task<IActionResult> ActAsync(Func<Task<string>> work, string redirectTo, Func<Task>? reload = null) =>
        ActAsync(work, () => redirectTo, reload);

    /// <summary>As above, when where to go is known only after the work (e.g. the id of a new record).</summary>
    protected async Task<IActionResult> ActAsync(Func<Task<string>> work, Func<string> redirectTo, Func<Task>? reload = null)
    {
        try
        {
            TempData[MessageKey] = await work();
            return Redirect(redirectTo());
        }
        catch (Exception e) when (e is IRefusal)
        {
            HttpContext.RequestServices.GetRequiredService<DundianDbContext>().ChangeTracker.Clear();
            if (reload is not null) await reload();
            Refused(e);
            return Page();
        }
    }

    /// <summary>Shows a refusal; a <see cref="ValidationException"/> also marks its field (under <see cref="FieldPrefix"/>).</summary>
    protected void Refused(Exception e)
    {
        Error = e.Message;
        if (e is ValidationException v && !string.IsNullOrEmpty(v.Field)) ModelState.AddModelError(FieldPrefix + v.Field, v.Message);
    }

    /// <summary>Where the page binds its form: <c>"Input."</c> for a page whose boxes are <c>Input.*</c>, so a rule's field finds its box.</summary>
    protected virtual string FieldPrefix => "";

    /// <summary>
    /// Retiring or deleting a record asks for a ticked 「我确认…」 box (works without script, unlike a confirm()
    /// pop-up); without it nothing happens and the Chinese message says so.
    /// </summary>
    protected static void RequireConfirmed(bool confirmed, string act)
    {
        if (!confirmed) throw new ValidationException("Confirm", $"请勾选“我确认{act}”后再提交。");
    }
}
