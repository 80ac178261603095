using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Bulletins;

/// <summary>
/// The office's work on bulletins: drafts, items (written or copied from published writings and articles), the
/// workflow and, above all, <see cref="IssueAsync"/>: numbering and freezing in one transaction, retried on a fresh
/// tracker when another issue of the same series won the race. Who may do it is checked by the caller (the campaign's
/// office, by org-unit scope); the rules on the text and the states are on <see cref="Bulletin"/>.
/// </summary>
public class BulletinDesk(DundianDbContext db, IndicatorCatalogue catalogue, FiguresAsOf figures, PublishedWritings writings,
    HtmlCleaner cleaner, TimeProvider clock)
{
    /// <summary>How often an issue that lost the race for a number is tried again before the user is asked to retry.</summary>
    public int IssueAttempts { get; set; } = 3;

    public async Task<Bulletin> NewDraftAsync(int seriesId, int? correctsId = null, CancellationToken ct = default)
    {
        var series = await db.Set<BulletinSeries>().FirstOrDefaultAsync(s => s.Id == seriesId, ct)
                     ?? throw new ValidationException("SeriesId", "简报系列不存在");
        Bulletin? corrects = null;
        if (correctsId is { } cid)
            corrects = await db.Set<Bulletin>().FirstOrDefaultAsync(b => b.Id == cid && b.SeriesId == seriesId, ct)
                       ?? throw new ValidationException("CorrectsId", "要更正的简报不存在");
        var draft = Bulletin.Draft(series.Id, clock.GetUtcNow().UtcDateTime, corrects);
        var template = corrects is null ? StatisticsTemplate.Default(catalogue) : "";
        draft.Edit(corrects is null ? "" : $"关于第{corrects.Number}期的更正", null, template, null, null,
            corrects?.ReportTo, corrects?.SendTo, corrects?.DistributeTo, corrects?.Copies ?? 50);
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>Edits a draft's fields after checking the 「据统计」 wording (placeholders only, no typed numbers).</summary>
    public void Edit(Bulletin bulletin, string? title, DateOnly? cutOff, string? template, string? editor, string? signer,
        string? reportTo, string? sendTo, string? distributeTo, int copies)
    {
        StatisticsTemplate.Validate(template, catalogue);
        if (cutOff is { } c && c > Today) throw new ValidationException("CutOff", "统计截止日期不能晚于今天");
        bulletin.Edit(title, cutOff, template, editor, signer, reportTo, sendTo, distributeTo, copies);
    }

    public BulletinItem AddWritten(Bulletin bulletin, string? heading, string? bodyHtml) =>
        bulletin.AddItem(heading ?? "", cleaner.Clean(bodyHtml));

    /// <summary>Copies a published note or report in, as the public reads it (masked), with its by-line.</summary>
    public async Task<BulletinItem> CopyWritingAsync(Bulletin bulletin, int campaignId, WritingKind kind, int id, CancellationToken ct = default)
    {
        var w = await writings.FindAsync(kind, id, ct);
        if (w is null || w.CampaignId != campaignId) throw new ValidationException("SourceId", "只能引用本活动已发布的手记或调研报告");
        var byline = string.Join(" ", new[] { w.AuthorUnit, w.AuthorTitle, w.AuthorName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return bulletin.AddItem(w.Title, w.BodyHtml,
            kind == WritingKind.FieldNote ? BulletinItemSource.FieldNote : BulletinItemSource.ResearchReport, id, byline);
    }

    public async Task<BulletinItem> CopyArticleAsync(Bulletin bulletin, int articleId, CancellationToken ct = default)
    {
        var a = await db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == articleId, ct);
        if (a is null || !a.IsPublic) throw new ValidationException("SourceId", "只能引用已发布的文章");
        return bulletin.AddItem(a.Title, a.BodyHtml, BulletinItemSource.Article, a.Id, a.Source);
    }

    /// <summary>
    /// 印发: computes the printed figures as of the cut-off (outside the transaction: reads only), then takes the
    /// number, freezes text and figures and saves in one SaveChanges. A concurrent issue of the same series makes the
    /// counter's UPDATE match no row; the tracker is cleared and the write rebuilt, up to <see cref="IssueAttempts"/> times.
    /// </summary>
    public async Task<Bulletin> IssueAsync(int bulletinId, DateOnly? issueDate = null, CancellationToken ct = default)
    {
        var date = issueDate ?? Today;
        var probe = await LoadAsync(bulletinId, ct);
        if (probe.Status != BulletinStatus.Signed) throw new ValidationException("Status", $"{Bulletin.StatusName(probe.Status)}的简报不能印发");
        if (probe.CutOff is not { } cutOff) throw new ValidationException("CutOff", "请填写统计截止日期,据统计数据按该日统计");
        var campaignId = await db.Set<BulletinSeries>().Where(s => s.Id == probe.SeriesId).Select(s => s.CampaignId).FirstAsync(ct);
        var keys = StatisticsTemplate.Keys(probe.StatisticsTemplate);
        var frozen = await figures.FreezeAsync(campaignId, cutOff, keys, ct);
        var text = keys.Count == 0 && probe.StatisticsTemplate.Length == 0 ? null
            : StatisticsTemplate.Render(probe.StatisticsTemplate, cutOff, frozen.ToDictionary(f => f.IndicatorKey, f => (f.DisplayValue, f.DisplayUnit)));

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var bulletin = await LoadAsync(bulletinId, ct);
            var series = await db.Set<BulletinSeries>().FirstAsync(s => s.Id == bulletin.SeriesId, ct);
            bulletin.Issue(series, date, clock.GetUtcNow().UtcDateTime, text, frozen.Select(Copy));
            try
            {
                await db.SaveChangesAsync(ct);
                return bulletin;
            }
            catch (DbUpdateException) when (attempt < IssueAttempts)
            {
                // Lost the race for the number (or the unique index caught it): start from the database again.
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                throw new ValidationException("Number", "同一系列的另一期简报正在印发,编号未能分配,本期未印发。请稍后再试。");
            }
        }
    }

    public async Task<Bulletin> LoadAsync(int id, CancellationToken ct = default) =>
        await db.Set<Bulletin>().Include(b => b.Items).Include(b => b.Figures).Include(b => b.Series).AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new ValidationException("Id", "简报不存在");

    private DateOnly Today => DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    private static BulletinFigure Copy(BulletinFigure f) => new()
    {
        SortOrder = f.SortOrder, IndicatorKey = f.IndicatorKey, Label = f.Label, Value = f.Value, Unit = f.Unit,
        DisplayValue = f.DisplayValue, DisplayUnit = f.DisplayUnit, CutOff = f.CutOff, FilterJson = f.FilterJson, RecordsJson = f.RecordsJson,
    };
}
