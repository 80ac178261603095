using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Org;

namespace Dundian.Core.FieldWork;

/// <summary>
/// What field notes and research reports share: an author, a sanitised body and the review state machine
/// 草稿 → 已提交 → (退回 → 已提交)* → 已审核 → 已发布 (→ 撤下: back to 已审核). Only these moves are allowed; anything else is a
/// <see cref="ValidationException"/> with a Chinese message. Not an EF hierarchy: each subclass has its own table.
/// </summary>
public abstract class ReviewedWriting
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int AuthorId { get; set; }
    public Participant? Author { get; set; }
    /// <summary>The village written about (for roll-ups by org unit), with its path copied like <see cref="FieldLog.VillagePath"/>.</summary>
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    public string VillagePath { get; set; } = "/";
    public string Title { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public WritingStatus Status { get; private set; } = WritingStatus.Draft;
    public string? ReturnReason { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>Handed in and not sent back: what the statistics count.</summary>
    public static readonly WritingStatus[] Counted = [WritingStatus.Submitted, WritingStatus.Approved, WritingStatus.Published];

    public void Edit(HtmlCleaner cleaner, string title, string? bodyHtml)
    {
        if (Status is not (WritingStatus.Draft or WritingStatus.Returned))
            throw new ValidationException(nameof(Status), $"{StatusName(Status)}的稿件不能修改");
        if (string.IsNullOrWhiteSpace(title)) throw new ValidationException(nameof(Title), "标题不能为空");
        Title = title.Trim();
        BodyHtml = cleaner.Clean(bodyHtml);
    }

    /// <summary>
    /// Only a draft or a returned writing may be deleted: it was never counted (<see cref="Counted"/>), so no figure
    /// moves. One that was handed in is counted and may be published; it is sent back (退回) or taken down instead.
    /// </summary>
    public void CheckDeletable()
    {
        if (Status is not (WritingStatus.Draft or WritingStatus.Returned))
            throw new ValidationException("Reason", $"{StatusName(Status)}的稿件已计入统计,不能删除;如有错误,请审核人退回后修改。");
    }

    public void Submit(DateTime utcNow)
    {
        Require(WritingStatus.Draft, WritingStatus.Returned, "提交");
        if (BodyHtml.Length == 0) throw new ValidationException(nameof(BodyHtml), "正文不能为空");
        Status = WritingStatus.Submitted;
        SubmittedAt = utcNow;
        ReturnReason = null;
    }

    public void Return(string reason)
    {
        Require(WritingStatus.Submitted, null, "退回");
        if (string.IsNullOrWhiteSpace(reason)) throw new ValidationException(nameof(ReturnReason), "退回时必须填写理由");
        Status = WritingStatus.Returned;
        ReturnReason = reason.Trim();
    }

    public void Approve(DateTime utcNow)
    {
        Require(WritingStatus.Submitted, null, "审核通过");
        Status = WritingStatus.Approved;
        ApprovedAt = utcNow;
    }

    public void Publish(DateTime utcNow)
    {
        Require(WritingStatus.Approved, null, "发布");
        Status = WritingStatus.Published;
        PublishedAt = utcNow;
    }

    /// <summary>撤下: off the portal again, back to 已审核 (still counted; may be published again).</summary>
    public void Unpublish()
    {
        Require(WritingStatus.Published, null, "撤下");
        Status = WritingStatus.Approved;
        PublishedAt = null;
    }

    private void Require(WritingStatus allowed, WritingStatus? alsoAllowed, string action)
    {
        if (Status != allowed && Status != alsoAllowed)
            throw new ValidationException(nameof(Status), $"{StatusName(Status)}的稿件不能{action}");
    }

    public static string StatusName(WritingStatus s) => s switch
    {
        WritingStatus.Draft => "草稿",
        WritingStatus.Submitted => "已提交",
        WritingStatus.Returned => "已退回",
        WritingStatus.Approved => "已审核",
        WritingStatus.Published => "已发布",
        _ => s.ToString(),
    };
}
