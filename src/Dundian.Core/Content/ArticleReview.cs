namespace Dundian.Core.Content;

// The review state machine. Scheduled publishing never bypasses review: a publish time only takes effect
// once the last level has approved, and PublishIfDue refuses anything not Approved.
public partial class Article
{
    /// <summary>The next level waiting for a decision (1-based); 0 when not in review.</summary>
    public int PendingLevel { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ScheduledPublishAt { get; private set; }
    public DateTime? ScheduledUnpublishAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public List<ArticleReviewStep> ReviewSteps { get; set; } = [];

    /// <summary>The author hands the draft to review level 1.</summary>
    public void SubmitForReview(DateTime nowUtc)
    {
        if (Status is not (ArticleStatus.Draft or ArticleStatus.Withdrawn))
            throw new ArticleRuleException($"文章当前状态为“{ArticleStatusNames.Of(Status)}”,不能提交审核。");
        Status = ArticleStatus.InReview;
        PendingLevel = 1;
        SubmittedAt = nowUtc;
        RejectionReason = null;
    }

    /// <summary>Publish (and optionally withdraw) at set times; both wait for approval.</summary>
    public void Schedule(DateTime? publishAtUtc, DateTime? unpublishAtUtc)
    {
        if (publishAtUtc is not null && unpublishAtUtc is not null && unpublishAtUtc <= publishAtUtc)
            throw new ArticleRuleException("撤稿时间必须晚于发布时间。");
        ScheduledPublishAt = publishAtUtc;
        ScheduledUnpublishAt = unpublishAtUtc;
    }

    /// <summary>
    /// A reviewer's decision at <see cref="PendingLevel"/>. Approval at the last of
    /// <paramref name="levels"/> publishes now, or marks Approved when a later publish time is set.
    /// </summary>
    public void Review(string reviewerId, string? reviewerName, ReviewDecision decision, string? reason, int levels, DateTime nowUtc)
    {
        if (Status != ArticleStatus.InReview) throw new ArticleRuleException("该文章不在审核中。");
        if (decision == ReviewDecision.Rejected && string.IsNullOrWhiteSpace(reason))
            throw new ArticleRuleException("退回修改须填写理由。");
        if (ReviewSteps.Any(s => s.ReviewerId == reviewerId && s.At >= SubmittedAt && s.Decision == ReviewDecision.Approved))
            throw new ArticleRuleException("同一审核人不能在同一轮审核中审核两级。");
        ReviewSteps.Add(new ArticleReviewStep
        {
            Level = PendingLevel, ReviewerId = reviewerId, ReviewerName = reviewerName, Decision = decision,
            Reason = reason?.Trim(), At = nowUtc,
        });
        if (decision == ReviewDecision.Rejected)
        {
            Status = ArticleStatus.Draft;
            PendingLevel = 0;
            RejectionReason = reason!.Trim();
            return;
        }
        if (PendingLevel < levels) { PendingLevel++; return; }
        PendingLevel = 0;
        Status = ArticleStatus.Approved;
        PublishIfDue(nowUtc);
    }

    /// <summary>Called by the scheduler (and right after approval): publishes or withdraws what is due.</summary>
    public bool PublishIfDue(DateTime nowUtc)
    {
        if (Status == ArticleStatus.Approved && (ScheduledPublishAt is null || ScheduledPublishAt <= nowUtc))
        {
            Status = ArticleStatus.Published;
            PublishedAt = ScheduledPublishAt ?? nowUtc;
            return true;
        }
        if (Status == ArticleStatus.Published && ScheduledUnpublishAt <= nowUtc)
        {
            Status = ArticleStatus.Withdrawn;
            return true;
        }
        return false;
    }

    public void Withdraw()
    {
        if (Status != ArticleStatus.Published) throw new ArticleRuleException("只有已发布的文章可以撤稿。");
        Status = ArticleStatus.Withdrawn;
    }
}
