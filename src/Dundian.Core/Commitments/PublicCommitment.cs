using Dundian.Core.Common;
using Dundian.Core.Org;

namespace Dundian.Core.Commitments;

/// <summary>
/// 公开承诺: a leader's public commitment (公开履职承诺, 接受群众监督), made in a channel, owned by an org unit,
/// with milestones, progress reports and — once completed — residents' verdicts. The leader is a public official
/// acting in office, so the name is shown in full. Lifecycle rules live here and refuse with Chinese messages.
/// </summary>
public partial class PublicCommitment
{
    public const int MaxTitle = 200, MaxContent = 4000, MaxText = 1000;

    public int Id { get; set; }
    public string Title { get; private set; } = "";
    public string Content { get; private set; } = "";
    /// <summary>The leader's name (or the unit, for a department's commitment).</summary>
    public string MadeBy { get; private set; } = "";
    public string? MadeByTitle { get; private set; }
    public int OwnerUnitId { get; private set; }
    public OrgUnit? OwnerUnit { get; set; }
    public CommitmentChannel Channel { get; private set; }
    public DateOnly MadeOn { get; private set; }
    public DateOnly Deadline { get; private set; }

    public CommitmentStatus Status { get; private set; } = CommitmentStatus.Open;
    public int ProgressPercent { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Outcome { get; private set; }

    public List<CommitmentMilestone> Milestones { get; set; } = [];
    public List<CommitmentProgress> Updates { get; set; } = [];
    public List<CommitmentVerdict> Verdicts { get; set; } = [];

    public bool IsActive => Status is CommitmentStatus.Open or CommitmentStatus.InProgress;

    /// <summary>超期: still active after its deadline day (China date) has passed.</summary>
    public bool IsOverdue(DateTime nowUtc) => IsActive && Today(nowUtc) > Deadline;

    public static DateOnly Today(DateTime nowUtc) => DateOnly.FromDateTime(ChinaTime.ToLocal(nowUtc));

    public static PublicCommitment Make(string title, string content, string madeBy, string? madeByTitle,
        int ownerUnitId, CommitmentChannel channel, DateOnly madeOn, DateOnly deadline)
    {
        var c = new PublicCommitment();
        c.Edit(title, content, madeBy, madeByTitle, ownerUnitId, channel, madeOn, deadline);
        return c;
    }

    /// <summary>Corrects the basic fields; a finished commitment's record is not rewritten.</summary>
    public void Edit(string title, string content, string madeBy, string? madeByTitle,
        int ownerUnitId, CommitmentChannel channel, DateOnly madeOn, DateOnly deadline)
    {
        if (Status is CommitmentStatus.Completed or CommitmentStatus.Withdrawn)
            throw new CommitmentRuleException($"承诺已{CommitmentStatusNames.Of(Status)},不能再修改。");
        if (!Enum.IsDefined(channel)) throw new CommitmentRuleException("请选择承诺渠道。");
        if (deadline < madeOn) throw new CommitmentRuleException("承诺期限不能早于承诺日期。");
        Title = Text(title, MaxTitle, "承诺事项");
        Content = Text(content, MaxContent, "承诺内容");
        MadeBy = Text(madeBy, 50, "承诺人");
        MadeByTitle = string.IsNullOrWhiteSpace(madeByTitle) ? null : Text(madeByTitle, 100, "承诺人职务");
        OwnerUnitId = ownerUnitId;
        Channel = channel;
        MadeOn = madeOn;
        Deadline = deadline;
    }

    /// <summary>Trimmed text within its length; empty text or markup is refused (it is shown on public pages).</summary>
    internal static string Text(string? text, int max, string field)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) throw new CommitmentRuleException($"请填写{field}。");
        if (t.Length > max) throw new CommitmentRuleException($"{field}不能超过 {max} 个字。");
        if (PlainTextInput.HasMarkup(t)) throw new CommitmentRuleException($"{field}不能包含网页代码(如 <script>),请用文字描述。");
        return t;
    }

    private void RequireActive(string step)
    {
        if (!IsActive) throw new CommitmentRuleException($"承诺当前状态为“{CommitmentStatusNames.Of(Status)}”,不能{step}。");
    }
}
