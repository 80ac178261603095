using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Uploads;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: a public file to anyone; a private file only to those who may read the record owning it
    /// (<see cref="FileReadAccess"/>).
    /// Everyone else gets 404, so a guessed id reveals nothing. Images and videos display inline (video with range
    /// requests, so the player can seek); documents download under their original name. The bytes come through
    /// <see cref="FileStore.OpenReadAsync"/> (a folder or an S3 bucket); the ETag is the content's SHA-256 and
    /// Last-Modified the upload time, so a browser's conditional request is answered 304 without the bytes.
    /// </summary>
    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:guid}", async (Guid id, HttpContext http, DundianDbContext db, FileStore store, FileReadAccess access) =>
        {
            var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id);
            if (file is null || !await access.MayReadAsync(http.User.Scope(), file)) return Results.NotFound();
            Stream content;
            try { content = await store.OpenReadAsync(file, http.RequestAborted); }
            catch (FileNotFoundException) { return Results.NotFound(); }
            http.Response.Headers.CacheControl = file.IsPublic ? "public, max-age=86400" : "private, no-store";
            var inline = file.Kind is FileKind.Image or FileKind.Video;
            return Results.Stream(content, file.ContentType, fileDownloadName: inline ? null : file.FileName,
                lastModified: new DateTimeOffset(DateTime.SpecifyKind(file.UploadedAt, DateTimeKind.Utc)),
                entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
        }).ExcludeFromDescription();
        return app;
    }
}
