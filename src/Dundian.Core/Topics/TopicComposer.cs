using System.Text.RegularExpressions;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Topics;

/// <summary>
/// Composes 专题: basic fields, and sections added, removed and moved. Checks input and references (the channel,
/// campaign or articles a section names must exist); the caller checks the user's scope on the topic's owner unit.
/// </summary>
public partial class TopicComposer(DundianDbContext db, TimeProvider clock)
{
    public const int MaxSections = 20, MaxPicked = 20;

    /// <summary>Checks and applies the basic fields; a banner needs alt text (screen readers, WCAG 1.1.1).</summary>
    public async Task ApplyAsync(SpecialTopic topic, string? title, string? slug, string? intro, string? bannerAlt,
        bool published, CancellationToken ct = default)
    {
        title = title?.Trim() ?? "";
        slug = slug?.Trim().ToLowerInvariant() ?? "";
        intro = intro?.Trim() ?? "";
        bannerAlt = string.IsNullOrWhiteSpace(bannerAlt) ? null : bannerAlt.Trim();
        if (title.Length is 0 or > 100) throw new ValidationException("Title", "请填写标题(不超过 100 字)。");
        if (!SlugPattern().IsMatch(slug)) throw new ValidationException("Slug", "网址名只能用小写字母、数字和连字符,2–60 位,以字母开头。");
        if (intro.Length > 2000) throw new ValidationException("Intro", "导语不能超过 2000 字。");
        if (PlainTextInput.HasMarkup(title) || PlainTextInput.HasMarkup(intro) || PlainTextInput.HasMarkup(bannerAlt))
            throw new ValidationException("Intro", "标题、导语和图片说明请使用纯文本。");
        if (topic.BannerFileId is not null && bannerAlt is null)
            throw new ValidationException("BannerAlt", "请填写横幅图片的文字说明(供读屏软件朗读)。");
        if (await db.SpecialTopics.AnyAsync(t => t.Slug == slug && t.Id != topic.Id, ct))
            throw new ValidationException("Slug", $"网址名“{slug}”已被其他专题使用。");
        topic.Title = title;
        topic.Slug = slug;
        topic.Intro = intro;
        topic.BannerAlt = bannerAlt;
        topic.IsPublished = published;
        topic.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (topic.Id == 0)
        {
            topic.CreatedAt = topic.UpdatedAt;
            db.SpecialTopics.Add(topic);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a section at the end. <paramref name="reference"/> is the channel or campaign id, or the picked article ids.</summary>
    public async Task<TopicSection> AddSectionAsync(SpecialTopic topic, TopicSectionKind kind, string? heading, string? reference,
        int itemCount = 6, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind)) throw new ValidationException("kind", "请选择栏块类型。");
        if (topic.Sections.Count >= MaxSections) throw new ValidationException("kind", $"一个专题最多 {MaxSections} 个栏块。");
        heading = string.IsNullOrWhiteSpace(heading) ? TopicSectionNames.Of(kind) : heading.Trim();
        if (heading.Length > 60 || PlainTextInput.HasMarkup(heading)) throw new ValidationException("heading", "栏块标题不超过 60 字,且为纯文本。");
        if (itemCount is < 1 or > 20) throw new ValidationException("itemCount", "显示条数应在 1–20 之间。");
        var section = new TopicSection { Kind = kind, Heading = heading, ItemCount = itemCount };
        switch (kind)
        {
            case TopicSectionKind.ChannelLatest:
                var channelId = ParseId(reference, "请选择栏目。");
                if (!await db.Channels.AnyAsync(c => c.Id == channelId, ct)) throw new ValidationException("reference", "栏目不存在。");
                section.ChannelId = channelId;
                break;
            case TopicSectionKind.CampaignFigures or TopicSectionKind.FieldNotes:
                var campaignId = ParseId(reference, "请选择活动。");
                if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) throw new ValidationException("reference", "活动不存在。");
                section.CampaignId = campaignId;
                break;
            case TopicSectionKind.PickedArticles:
                section.PickedArticleIds = reference ?? "";
                var ids = section.PickedIds();
                if (ids.Count == 0) throw new ValidationException("reference", "请填写要精选的文章编号,用逗号分隔。");
                if (ids.Count > MaxPicked) throw new ValidationException("reference", $"精选文章最多 {MaxPicked} 篇。");
                var found = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
                var missing = ids.Except(found).ToList();
                if (missing.Count > 0) throw new ValidationException("reference", $"找不到编号为 {string.Join("、", missing)} 的文章。");
                section.PickedArticleIds = string.Join(",", ids);
                break;
        }
        section.SortOrder = topic.Sections.Count == 0 ? 1 : topic.Sections.Max(s => s.SortOrder) + 1;
        topic.Sections.Add(section);
        topic.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return section;
    }

    public async Task RemoveSectionAsync(SpecialTopic topic, int sectionId, CancellationToken ct = default)
    {
        var section = Find(topic, sectionId);
        topic.Sections.Remove(section);
        db.TopicSections.Remove(section);
        Renumber(topic);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves a section one place up (-1) or down (+1); at either end it stays.</summary>
    public async Task MoveSectionAsync(SpecialTopic topic, int sectionId, int step, CancellationToken ct = default)
    {
        var ordered = topic.Sections.OrderBy(s => s.SortOrder).ToList();
        var index = ordered.IndexOf(Find(topic, sectionId));
        var target = index + Math.Sign(step);
        if (target < 0 || target >= ordered.Count) return;
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].SortOrder = i + 1;
        topic.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private static TopicSection Find(SpecialTopic topic, int sectionId) =>
        topic.Sections.FirstOrDefault(s => s.Id == sectionId) ?? throw new ValidationException("sectionId", "栏块不存在。");

    private static void Renumber(SpecialTopic topic)
    {
        var i = 0;
        foreach (var s in topic.Sections.OrderBy(s => s.SortOrder)) s.SortOrder = ++i;
    }

    private static int ParseId(string? value, string message) =>
        int.TryParse(value, out var id) && id > 0 ? id : throw new ValidationException("reference", message);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,59}$")]
    private static partial Regex SlugPattern();
}
