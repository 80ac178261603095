using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Moderation;

/// <summary>
/// Adds, changes and removes lexicon words. After every saved change the shared <see cref="SensitiveWordLexicon"/>
/// is invalidated, so the next comment or message on this node is checked against the new lexicon.
/// Bad input throws <see cref="ValidationException"/> before anything is saved.
/// </summary>
public sealed class SensitiveWordEditor(DundianDbContext db, SensitiveWordLexicon lexicon, TimeProvider clock)
{
    public const int MaxWord = 50, MaxCategory = 20;

    public async Task<SensitiveWord> AddAsync(string? word, string? category, CancellationToken ct = default)
    {
        var entry = new SensitiveWord { Word = await CheckWordAsync(word, null, ct), Category = Category(category), CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.SensitiveWords.Add(entry);
        await SaveAsync(ct);
        return entry;
    }

    /// <summary>Returns false when the word no longer exists.</summary>
    public async Task<bool> UpdateAsync(int id, string? word, string? category, CancellationToken ct = default)
    {
        var entry = await db.SensitiveWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (entry is null) return false;
        entry.Word = await CheckWordAsync(word, id, ct);
        entry.Category = Category(category);
        await SaveAsync(ct);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        var entry = await db.SensitiveWords.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (entry is null) return false;
        db.SensitiveWords.Remove(entry);
        await SaveAsync(ct);
        return true;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        lexicon.Invalidate();
    }

    private async Task<string> CheckWordAsync(string? word, int? id, CancellationToken ct)
    {
        var w = word?.Trim() ?? "";
        if (w.Length == 0) throw new ValidationException("Word", "请填写敏感词。");
        if (w.Length > MaxWord) throw new ValidationException("Word", $"敏感词不能超过 {MaxWord} 个字。");
        if (w.Any(char.IsControl)) throw new ValidationException("Word", "敏感词不能包含换行等控制字符。");
        // The matcher folds case and full-width letters, so "ＡＢＣ" and "abc" are the same entry.
        var all = await db.SensitiveWords.Where(x => x.Id != id).Select(x => x.Word).ToListAsync(ct);
        var probe = new SensitiveWordMatcher([w]);
        if (all.Any(x => x.Length == w.Length && probe.Find(x).Count > 0))
            throw new ValidationException("Word", $"敏感词“{w}”已在词库中。");
        return w;
    }

    private static string? Category(string? category)
    {
        var c = category?.Trim();
        if (string.IsNullOrEmpty(c)) return null;
        if (c.Length > MaxCategory) throw new ValidationException("Category", $"分类不能超过 {MaxCategory} 个字。");
        return c;
    }
}
