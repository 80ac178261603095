using Dundian.Core.FieldWork;

namespace Dundian.Web.Areas.Manage.Pages.FieldWork.Writings;

/// <summary>
/// Notes and reports live in two tables; the pages work with <see cref="ReviewedWriting"/> and pick the table here,
/// so each page has one code path for both kinds.
/// </summary>
public static class WritingStore
{
    public static async Task<(ReviewedWriting? Writing, bool Found)> LoadAsync(this WritingService writings, StaffActor actor,
        WritingKind kind, int id, CancellationToken ct)
    {
        if (kind == WritingKind.FieldNote)
        {
            var (note, found) = await writings.LoadAsync<FieldNote>(actor, id, ct);
            return (note, found);
        }
        var (report, exists) = await writings.LoadAsync<ResearchReport>(actor, id, ct);
        return (report, exists);
    }

    public static async Task<ReviewedWriting> CreateAsync(this WritingService writings, StaffActor actor, WritingKind kind,
        WritingInput input, CancellationToken ct) => kind == WritingKind.FieldNote
        ? await writings.CreateAsync<FieldNote>(actor, input, ct)
        : await writings.CreateAsync<ResearchReport>(actor, input, ct);
}
