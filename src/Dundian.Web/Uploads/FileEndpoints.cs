using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Uploads;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: a public file to anyone; any other file only to staff whose scope covers its org unit.
    /// Everyone else gets 404, so a guessed id reveals nothing. Images and videos display inline (video with range
    /// requests, so the player can seek); documents download under their original name.
    /// </summary>
    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:guid}", async (Guid id, HttpContext http, DundianDbContext db, FileStore store) =>
        {
            var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id);
            if (file is null || !MayRead(http.User.Scope(), file)) return Results.NotFound();
            http.Response.Headers.CacheControl = file.IsPublic ? "public, max-age=86400" : "private, no-store";
            var inline = file.Kind is FileKind.Image or FileKind.Video;
            return Results.File(store.FullPath(file), file.ContentType,
                fileDownloadName: inline ? null : file.FileName, enableRangeProcessing: true);
        }).ExcludeFromDescription();
        return app;
    }

    private static bool MayRead(StaffScope scope, StoredFile file) =>
        file.IsPublic || (scope.Grants.Count > 0
            && (file.ScopePath is null || scope.Grants.Any(g => file.ScopePath.StartsWith(g.Path, StringComparison.Ordinal))));
}
