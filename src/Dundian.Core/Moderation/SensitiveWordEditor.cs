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

    /// <summary>
    /// Imports a word list (a .txt file: one word a line, optionally "词,分类" or "词<TAB>分类"; blank lines and lines
    /// starting with # are skipped). All or nothing: any bad line refuses the whole file with its line number. Words
    /// already in the lexicon (or twice in the file) are skipped and counted, not errors, so a list can be imported again.
    /// </summary>
    public async Task<(int Added, int Skipped)> ImportAsync(IEnumerable<string> lines, string? defaultCategory, CancellationToken ct = default)
    {
        var fallback = Category(defaultCategory);
        var existing = await db.SensitiveWords.Select(x => x.Word).ToListAsync(ct);
        var seen = new List<string>();
        var add = new List<SensitiveWord>();
        var skipped = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim().TrimStart('﻿');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split([',', '，', '\t'], 2);
            var w = parts[0].Trim();
            string? category;
            try { category = parts.Length > 1 ? Category(parts[1]) ?? fallback : fallback; }
            catch (ValidationException e) { throw new ValidationException("File", $"第 {number} 行:{e.Message}"); }
            if (w.Length == 0) throw new ValidationException("File", $"第 {number} 行:敏感词为空。");
            if (w.Length > MaxWord) throw new ValidationException("File", $"第 {number} 行:敏感词不能超过 {MaxWord} 个字。");
            if (w.Any(char.IsControl)) throw new ValidationException("File", $"第 {number} 行:含有控制字符。");
            var probe = new SensitiveWordMatcher([w]);
            if (existing.Concat(seen).Any(x => x.Length == w.Length && probe.Find(x).Count > 0)) { skipped++; continue; }
            seen.Add(w);
            add.Add(new SensitiveWord { Word = w, Category = category, CreatedAt = now });
        }
        if (number == 0 || (add.Count == 0 && skipped == 0)) throw new ValidationException("File", "文件中没有敏感词(每行一个词)。");
        db.SensitiveWords.AddRange(add);
        await SaveAsync(ct);
        return (add.Count, skipped);
    }

    /// <summary>Loads <see cref="StarterLexicon"/> into an empty lexicon (first start); returns the number added.</summary>
    public async Task<int> LoadStarterIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.SensitiveWords.AnyAsync(ct)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        db.SensitiveWords.AddRange(StarterLexicon.Words.Select(w => new SensitiveWord { Word = w.Word, Category = w.Category, CreatedAt = now }));
        await SaveAsync(ct);
        return StarterLexicon.Words.Count;
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
