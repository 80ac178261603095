using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Core.Community;

/// <summary>
/// Takes comments and messages from the public and decides whether they wait for a moderator: always under
/// pre-moderation, and always when the text contains a lexicon word. Readers' reports are counted here too.
/// Bad input throws <see cref="ValidationException"/> (field + Chinese message) before anything is stored.
/// </summary>
public sealed class CommunityIntake(DundianDbContext db, SensitiveWordLexicon lexicon, IOptions<CommunityOptions> options,
    TimeProvider clock)
{
    public async Task<Comment> CommentAsync(int articleId, PostInput input, CancellationToken ct = default)
    {
        var open = await db.Articles.AnyAsync(a => a.Id == articleId && a.Status == ArticleStatus.Published && a.PublishedAt != null, ct);
        if (!open) throw new ValidationException("", "该文章不存在或未发布,不能评论。");
        var comment = new Comment
        {
            ArticleId = articleId, Nickname = Nickname(input), Contact = Contact(input),
            Body = Field("Body", input.Body, Comment.MaxBody, "评论内容", Comment.MinBody),
        };
        await AcceptAsync(comment, ct, comment.Nickname, comment.Body);
        return comment;
    }

    public async Task<BoardMessage> MessageAsync(PostInput input, CancellationToken ct = default)
    {
        var message = new BoardMessage
        {
            Nickname = Nickname(input), Contact = Contact(input),
            Subject = Field("Subject", input.Subject, BoardMessage.MaxSubject, "留言标题"),
            Body = Field("Body", input.Body, BoardMessage.MaxBody, "留言内容", BoardMessage.MinBody),
        };
        await AcceptAsync(message, ct, message.Nickname, message.Subject, message.Body);
        return message;
    }

    /// <summary>
    /// A reader reports a public post. Returns false when the post is not public or this reader already reported it;
    /// at the configured number of distinct reports the post is hidden and goes back to the queue.
    /// </summary>
    public async Task<bool> ReportAsync(long postId, string reporterKey, CancellationToken ct = default)
    {
        var post = await db.Set<CommunityPost>().FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !post.IsPublic) return false;
        if (await db.Set<PostReport>().AnyAsync(r => r.PostId == postId && r.ReporterKey == reporterKey, ct)) return false;
        db.Add(new PostReport { PostId = postId, ReporterKey = reporterKey, At = clock.GetUtcNow().UtcDateTime });
        post.AddReport(options.Value.ReportThreshold);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same reader's second report racing the first hits the unique index: it counts once.
            db.ChangeTracker.Clear();
            return false;
        }
        return true;
    }

    private async Task AcceptAsync(CommunityPost post, CancellationToken ct, params string[] texts)
    {
        var matcher = await lexicon.GetAsync(ct);
        var hits = texts.SelectMany(t => matcher.Find(t)).Select(m => m.Word).Distinct().ToList();
        post.CreatedAt = clock.GetUtcNow().UtcDateTime;
        post.Status = PostStatus.Published;
        if (hits.Count > 0)
        {
            post.SensitiveHits = Truncate(string.Join("、", hits), 500);
            post.Hold(HoldReason.SensitiveWords);
        }
        if (options.Value.PreModeration) post.Hold(HoldReason.PreModeration);
        db.Add(post);
        await db.SaveChangesAsync(ct);
    }

    private static string Nickname(PostInput input) => Field("Nickname", input.Nickname, CommunityPost.MaxNickname, "昵称");

    private static string? Contact(PostInput input) => string.IsNullOrWhiteSpace(input.Contact)
        ? null
        : Field("Contact", input.Contact, CommunityPost.MaxContact, "联系方式");

    private static string Field(string field, string? value, int max, string name, int min = 1)
    {
        try { return CommunityPost.Text(value, max, name, min); }
        catch (CommunityRuleException e) { throw new ValidationException(field, e.Message); }
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
