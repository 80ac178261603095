using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Newsroom;

/// <summary>What the public article page shows besides the text: video, attachments, editor, tags, views.</summary>
public sealed record ArticleExtrasView(Guid? VideoId, string? VideoType, string? EditorName, IReadOnlyList<string> Tags,
    IReadOnlyList<(Guid Id, string Name, long Length)> Attachments, int Views);

public sealed class ArticleExtras(DundianDbContext db, ArticleViewCounter counter)
{
    /// <summary>
    /// Loads the extras of a public article with its views so far. It does not count this view: the page is served
    /// from the output cache, so the page's script counts it through <see cref="ArticleViewEndpoint"/>.
    /// </summary>
    public async Task<ArticleExtrasView> ForViewAsync(int articleId, CancellationToken ct = default)
    {
        var a = await db.Articles.AsNoTracking().Where(x => x.Id == articleId)
            .Select(x => new { x.VideoId, x.EditorName, x.Tags, x.ViewCount }).FirstAsync(ct);
        var videoType = a.VideoId is null ? null
            : await db.StoredFiles.Where(f => f.Id == a.VideoId).Select(f => f.ContentType).FirstOrDefaultAsync(ct);
        var files = await db.ArticleAttachments.AsNoTracking().Where(x => x.ArticleId == articleId).OrderBy(x => x.SortOrder)
            .Select(x => new { x.File!.Id, x.File.FileName, x.File.Length }).ToListAsync(ct);
        return new ArticleExtrasView(videoType is null ? null : a.VideoId, videoType, a.EditorName, ArticleTags.Parse(a.Tags),
            files.Select(f => (f.Id, f.FileName, f.Length)).ToList(), a.ViewCount + counter.Pending(articleId));
    }
}
