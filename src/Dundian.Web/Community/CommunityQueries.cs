using Dundian.Core.Community;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Community;

/// <summary>What the public sees: published posts only, with their official replies. Contacts are never loaded here.</summary>
public sealed class CommunityQueries(DundianDbContext db)
{
    public const int BoardPageSize = 20, CommentLimit = 100;

    /// <summary>The latest <see cref="CommentLimit"/> public comments of an article, oldest first (as a conversation reads).</summary>
    public async Task<List<Comment>> CommentsAsync(int articleId, CancellationToken ct = default)
    {
        var latest = await db.Comments.AsNoTracking().Include(c => c.ReplyUnit)
            .Where(c => c.ArticleId == articleId && c.Status == PostStatus.Published)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(CommentLimit).ToListAsync(ct);
        latest.Reverse();
        return Public(latest);
    }

    public async Task<BoardPage> BoardAsync(int page, CancellationToken ct = default)
    {
        var published = db.BoardMessages.Where(m => m.Status == PostStatus.Published);
        var total = await published.CountAsync(ct);
        var replied = await published.CountAsync(m => m.RepliedAt != null, ct);
        var pages = Math.Max(1, (total + BoardPageSize - 1) / BoardPageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await published.AsNoTracking().Include(m => m.ReplyUnit)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * BoardPageSize).Take(BoardPageSize).ToListAsync(ct);
        return new BoardPage(Public(items), total, replied, page, pages);
    }

    // Belt and braces: even if a page printed it by mistake, a public list carries no contact.
    private static List<T> Public<T>(List<T> posts) where T : CommunityPost
    {
        foreach (var p in posts) p.Contact = null;
        return posts;
    }
}
