using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Bulletins;

/// <summary>
/// Downloads: an issued bulletin's .docx (public once issued; staff of the campaign's office also get drafts), and the
/// anthologies of a campaign's published notes or reports (public: they hold only what the portal shows, masked).
/// </summary>
public static class BulletinEndpoints
{
    public static IEndpointRouteBuilder MapBulletins(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bulletins/{id:int}.docx", async (int id, HttpContext http, DundianDbContext db, BulletinFiles files, CancellationToken ct) =>
        {
            var b = await db.Bulletins.AsNoTracking().Include(x => x.Items).Include(x => x.Series).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (b is null) return Results.NotFound();
            if (!b.IsPublic && !(http.User.Identity?.IsAuthenticated == true && await db.MayManageSeriesAsync(http.User.Scope(), b.SeriesId, ct)))
                return Results.NotFound();
            var name = b.Number is { } n ? $"{b.Series!.Name}第{n}期.docx" : $"{b.Series!.Name}(送审稿).docx";
            return Results.File(await files.BulletinAsync(b, ct), BulletinFiles.DocxType, name);
        });

        app.MapGet("/topics/campaign/{id:int}/anthology.docx", async (int id, string? kind, int? groupId, DateOnly? from, DateOnly? to,
            DundianDbContext db, BulletinFiles files, CancellationToken ct) =>
        {
            if (!await db.Campaigns.AnyAsync(c => c.Id == id, ct)) return Results.NotFound();
            if (from is { } f && to is { } t && t < f)
                return Results.Problem(title: "日期范围不对", detail: "结束日期不能早于开始日期", statusCode: StatusCodes.Status400BadRequest);
            var writingKind = kind == "reports" ? WritingKind.ResearchReport : WritingKind.FieldNote;
            var (bytes, fileName) = await files.AnthologyAsync(id, writingKind, groupId, from, to, ct);
            return Results.File(bytes, BulletinFiles.DocxType, fileName);
        });
        return app;
    }
}
