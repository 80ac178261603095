using Dundian.Core.Common;

namespace Dundian.Core.Bulletins;

/// <summary>
/// 简报: one issue of a <see cref="BulletinSeries"/>. Rules: only a draft is edited; 送审 needs content and a cut-off;
/// 签发 records who signed; 印发 takes the series' next number, freezes the 「据统计」 sentence and its figures and
/// records the date printed on the masthead; an issued bulletin is never edited again — it may only be withdrawn
/// (已撤回, keeping its number, with a reason) or corrected by a new issue / an erratum (更正) that points at it.
/// </summary>
public class Bulletin
{
    public int Id { get; set; }
    public int SeriesId { get; set; }
    public BulletinSeries? Series { get; set; }
    public BulletinStatus Status { get; private set; } = BulletinStatus.Draft;
    /// <summary>第N期, set at issue, unique within the series.</summary>
    public int? Number { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The day the figures are counted up to (inclusive, China time).</summary>
    public DateOnly? CutOff { get; private set; }
    /// <summary>Wording of the 「据统计」 paragraph with placeholders (<see cref="StatisticsTemplate"/>); empty = none.</summary>
    public string StatisticsTemplate { get; private set; } = "";
    /// <summary>The sentence as printed, frozen at issue.</summary>
    public string? StatisticsText { get; private set; }
    public string? Editor { get; private set; }
    public string? Signer { get; private set; }
    /// <summary>版记 lines: 报 (up), 送 (sideways), 发 (down).</summary>
    public string? ReportTo { get; private set; }
    public string? SendTo { get; private set; }
    public string? DistributeTo { get; private set; }
    public int Copies { get; private set; }
    public DateOnly? IssueDate { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public string? ReturnReason { get; private set; }
    public string? WithdrawReason { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    /// <summary>更正: the issued bulletin this one corrects (an erratum is itself a numbered issue).</summary>
    public int? CorrectsId { get; private set; }
    public Bulletin? Corrects { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<BulletinItem> Items { get; set; } = [];
    public List<BulletinFigure> Figures { get; set; } = [];

    public bool IsPublic => Status is BulletinStatus.Issued or BulletinStatus.Withdrawn;

    public static Bulletin Draft(int seriesId, DateTime utcNow, Bulletin? corrects = null)
    {
        if (corrects is not null && corrects.Status is not (BulletinStatus.Issued or BulletinStatus.Withdrawn))
            throw new ValidationException(nameof(CorrectsId), "只能对已印发的简报发更正");
        return new Bulletin { SeriesId = seriesId, CreatedAt = utcNow, CorrectsId = corrects?.Id, Copies = 50 };
    }

    public void Edit(string? title, DateOnly? cutOff, string? statisticsTemplate, string? editor, string? signer,
        string? reportTo, string? sendTo, string? distributeTo, int copies)
    {
        RequireDraft();
        if (copies is < 1 or > 100000) throw new ValidationException(nameof(Copies), "印数须在1到100000份之间");
        Title = (title ?? "").Trim();
        CutOff = cutOff;
        StatisticsTemplate = (statisticsTemplate ?? "").Trim();
        Editor = Clean(editor);
        Signer = Clean(signer);
        ReportTo = Clean(reportTo);
        SendTo = Clean(sendTo);
        DistributeTo = Clean(distributeTo);
        Copies = copies;
    }

    public BulletinItem AddItem(string heading, string bodyHtml, BulletinItemSource source = BulletinItemSource.Written,
        int? sourceId = null, string? byline = null)
    {
        RequireDraft();
        if (string.IsNullOrWhiteSpace(heading)) throw new ValidationException("Heading", "请填写条目标题");
        if (string.IsNullOrWhiteSpace(bodyHtml)) throw new ValidationException("BodyHtml", "条目正文不能为空");
        var item = new BulletinItem
        {
            Heading = heading.Trim(), BodyHtml = bodyHtml, Source = source, SourceId = sourceId, Byline = byline,
            SortOrder = Items.Count == 0 ? 1 : Items.Max(i => i.SortOrder) + 1,
        };
        Items.Add(item);
        return item;
    }

    public void RemoveItem(int itemId)
    {
        RequireDraft();
        Items.RemoveAll(i => i.Id == itemId);
    }

    /// <summary>Moves an item one place up (-1) or down (+1).</summary>
    public void MoveItem(int itemId, int direction)
    {
        RequireDraft();
        var ordered = Items.OrderBy(i => i.SortOrder).ToList();
        var at = ordered.FindIndex(i => i.Id == itemId);
        var to = at + Math.Sign(direction);
        if (at < 0 || to < 0 || to >= ordered.Count) return;
        (ordered[at].SortOrder, ordered[to].SortOrder) = (ordered[to].SortOrder, ordered[at].SortOrder);
    }

    /// <summary>送审.</summary>
    public void Submit()
    {
        if (Status != BulletinStatus.Draft) throw Refuse("送审");
        RequireContentAndCutOff();
        Status = BulletinStatus.InReview;
        ReturnReason = null;
    }

    public void Return(string? reason)
    {
        if (Status is not (BulletinStatus.InReview or BulletinStatus.Signed)) throw Refuse("退回");
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationException(nameof(ReturnReason), "退回时必须填写理由");
        Status = BulletinStatus.Draft;
        ReturnReason = reason.Trim();
    }

    /// <summary>签发: the signer takes responsibility for the text; it is locked from here on.</summary>
    public void Sign(string? signer)
    {
        if (Status != BulletinStatus.InReview) throw Refuse("签发");
        if (string.IsNullOrWhiteSpace(signer ?? Signer)) throw new ValidationException(nameof(Signer), "请填写签发人");
        if (!string.IsNullOrWhiteSpace(signer)) Signer = signer.Trim();
        Status = BulletinStatus.Signed;
    }

    /// <summary>
    /// 印发: takes the series' next number and freezes the printed sentence and figures. The caller computed the figures
    /// from the records as of <see cref="CutOff"/>; <paramref name="series"/> must be the tracked row of this series.
    /// </summary>
    public void Issue(BulletinSeries series, DateOnly issueDate, DateTime utcNow, string? statisticsText, IEnumerable<BulletinFigure> figures)
    {
        if (Status != BulletinStatus.Signed) throw Refuse("印发");
        if (series.Id != SeriesId) throw new InvalidOperationException("Bulletin issued in another series.");
        RequireContentAndCutOff();
        if (CutOff > issueDate) throw new ValidationException(nameof(CutOff), "统计截止日期不能晚于印发日期");
        Number = series.TakeNextNumber();
        IssueDate = issueDate;
        IssuedAt = utcNow;
        StatisticsText = statisticsText;
        Figures.AddRange(figures);
        Status = BulletinStatus.Issued;
    }

    /// <summary>撤回: off the portal's reading list as 已撤回 with the reason; the number stays taken.</summary>
    public void Withdraw(string? reason, DateTime utcNow)
    {
        if (Status != BulletinStatus.Issued) throw Refuse("撤回");
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationException(nameof(WithdrawReason), "撤回时必须填写理由");
        Status = BulletinStatus.Withdrawn;
        WithdrawReason = reason.Trim();
        WithdrawnAt = utcNow;
    }

    private void RequireContentAndCutOff()
    {
        if (CutOff is null) throw new ValidationException(nameof(CutOff), "请填写统计截止日期,据统计数据按该日统计");
        if (Items.Count == 0 && string.IsNullOrWhiteSpace(StatisticsTemplate))
            throw new ValidationException(nameof(Items), "简报没有任何内容:请至少添加一条正文或据统计段落");
    }

    private void RequireDraft()
    {
        if (Status != BulletinStatus.Draft)
            throw new ValidationException(nameof(Status), $"{StatusName(Status)}的简报不能修改;已印发的简报只能撤回或发更正");
    }

    private ValidationException Refuse(string action) => new(nameof(Status), $"{StatusName(Status)}的简报不能{action}");

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string StatusName(BulletinStatus s) => s switch
    {
        BulletinStatus.Draft => "草稿",
        BulletinStatus.InReview => "待签发",
        BulletinStatus.Signed => "已签发",
        BulletinStatus.Issued => "已印发",
        BulletinStatus.Withdrawn => "已撤回",
        _ => s.ToString(),
    };
}
