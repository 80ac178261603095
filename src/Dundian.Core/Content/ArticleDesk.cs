using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Content;

/// <summary>
/// The author's side of the newsroom: save (sanitised, with a revision per save), submit (blocked by sensitive words),
/// roll back to a revision, take back from review, withdraw. Each method saves once, so a refusal changes nothing.
/// </summary>
public sealed class ArticleDesk(DundianDbContext db, HtmlCleaner cleaner, SensitiveWordLexicon lexicon, TimeProvider clock)
{
    public async Task<Article> SaveAsync(int? id, ArticleDraft draft, ArticleActor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Article article;
        if (id is { } existing)
        {
            article = await LoadAsync(existing, ct);
            if (!article.IsEditable)
                throw new ArticleRuleException($"文章当前状态为“{ArticleStatusNames.Of(article.Status)}”,不能修改;请先撤回。");
        }
        else
        {
            article = new Article { Title = "", CreatedAt = now, CreatedById = actor.UserId, CreatedByName = actor.Name };
            db.Articles.Add(article);
        }
        var title = Required(draft.Title, "标题", 200);
        if (!await db.Channels.AnyAsync(c => c.Id == draft.ChannelId, ct)) throw new ArticleRuleException("请选择栏目。");
        var body = cleaner.Clean(draft.BodyHtml);
        CheckImages(body);
        article.Schedule(draft.PublishAtUtc, draft.UnpublishAtUtc);

        article.Title = title;
        article.ChannelId = draft.ChannelId;
        article.Summary = Optional(draft.Summary, "摘要", 500);
        article.Source = Optional(draft.Source, "来源", 100);
        article.Author = Optional(draft.Author, "作者", 100);
        article.EditorName = Optional(draft.EditorName, "责任编辑", 100);
        article.Tags = ArticleTags.Normalize(Optional(draft.Tags, "标签", 200));
        article.BodyHtml = body;
        article.CoverImageId = draft.CoverImageId;
        article.VideoId = draft.VideoId;
        article.UpdatedAt = now;
        article.Attachments.RemoveAll(a => draft.RemoveAttachments?.Contains(a.Id) == true);
        var order = article.Attachments.Count == 0 ? 0 : article.Attachments.Max(a => a.SortOrder);
        foreach (var file in draft.AddAttachments ?? [])
            article.Attachments.Add(new ArticleAttachment { FileId = file, SortOrder = ++order });
        await AddRevisionAsync(article, actor, null, now, ct);
        await db.SaveChangesAsync(ct);
        return article;
    }

    /// <summary>Hands the article to review level 1, unless its text contains lexicon words (shown highlighted).</summary>
    public async Task<Article> SubmitAsync(int id, ArticleActor actor, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (string.IsNullOrWhiteSpace(ArticleText.Plain(article.BodyHtml)) && !article.BodyHtml.Contains("<img", StringComparison.Ordinal))
            throw new ArticleRuleException("正文不能为空。");
        CheckImages(article.BodyHtml);
        var matcher = await lexicon.GetAsync(ct);
        var texts = new List<string> { article.Title };
        if (!string.IsNullOrWhiteSpace(article.Summary)) texts.Add(article.Summary);
        texts.AddRange(ArticleText.Lines(article.BodyHtml));
        var words = new List<string>();
        var passages = new List<string>();
        foreach (var text in texts)
        {
            var matches = matcher.Find(text);
            if (matches.Count == 0) continue;
            words.AddRange(matches.Select(m => m.Word));
            passages.Add(SensitiveWordHighlighter.ToHtml(text, matches));
        }
        if (words.Count > 0) throw new SensitiveWordsFoundException(words.Distinct().ToList(), passages);
        await CheckReviewersAsync(article, ct);
        article.SubmitForReview(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return article;
    }

    /// <summary>Copies revision <paramref name="number"/> back into the article as a new revision.</summary>
    public async Task<Article> RollbackAsync(int id, int number, ArticleActor actor, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (!article.IsEditable)
            throw new ArticleRuleException($"文章当前状态为“{ArticleStatusNames.Of(article.Status)}”,不能回滚;请先撤回。");
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, ct)
            ?? throw new ArticleRuleException($"没有第 {number} 版。");
        var now = clock.GetUtcNow().UtcDateTime;
        article.Title = revision.Title;
        article.Summary = revision.Summary;
        article.BodyHtml = revision.BodyHtml;
        article.UpdatedAt = now;
        await AddRevisionAsync(article, actor, $"回滚至第 {number} 版", now, ct);
        await db.SaveChangesAsync(ct);
        return article;
    }

    public async Task<Article> ReturnToDraftAsync(int id, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        article.ReturnToDraft();
        await db.SaveChangesAsync(ct);
        return article;
    }

    public async Task<Article> WithdrawAsync(int id, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        article.Withdraw();
        await db.SaveChangesAsync(ct);
        return article;
    }

    /// <summary>
    /// Refuses a submission that could never be published: a level of the channel without a reviewer other than the
    /// author (who may not approve his own article) would leave it stuck in review with nobody told.
    /// </summary>
    private async Task CheckReviewersAsync(Article article, CancellationToken ct)
    {
        var channel = await db.Channels.AsNoTracking().FirstAsync(c => c.Id == article.ChannelId, ct);
        var staffed = await db.ChannelReviewers.AsNoTracking()
            .Where(r => r.ChannelId == channel.Id && r.UserId != article.CreatedById).Select(r => r.Level).Distinct().ToListAsync(ct);
        var missing = Enumerable.Range(1, channel.ReviewLevels).Where(l => !staffed.Contains(l)).ToList();
        if (missing.Count > 0)
            throw new ArticleRuleException($"栏目“{channel.Name}”第 {string.Join("、", missing)} 级还没有审核人(作者本人不能审核自己的文章)," +
                "提交后无人能审,所以未提交。请系统管理员在「栏目管理」中为该栏目指定各级审核人(或减少审核级数)后再提交;文章已保存为草稿。");
    }

    private async Task<Article> LoadAsync(int id, CancellationToken ct) =>
        await db.Articles.Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new ArticleRuleException("文章不存在。");

    private async Task AddRevisionAsync(Article article, ArticleActor actor, string? note, DateTime now, CancellationToken ct)
    {
        var last = article.Id == 0 ? 0
            : await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        article.Revisions.Add(new ArticleRevision
        {
            Number = last + 1, Title = article.Title, Summary = article.Summary, BodyHtml = article.BodyHtml,
            SavedAt = now, SavedById = actor.UserId, SavedByName = actor.Name, Note = note,
        });
    }

    private static void CheckImages(string html)
    {
        var missing = ArticleText.ImagesWithoutAlt(html);
        if (missing > 0)
            throw new ArticleRuleException($"正文中有 {missing} 张图片缺少替代文字(alt),视障读者无法了解图片内容。请为每张图片填写说明后再保存。");
    }

    private static string Required(string? value, string field, int max) =>
        Optional(value, field, max) ?? throw new ArticleRuleException($"请填写{field}。");

    private static string? Optional(string? value, string field, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length <= max ? text : throw new ArticleRuleException($"{field}不能超过 {max} 个字。");
    }
}
