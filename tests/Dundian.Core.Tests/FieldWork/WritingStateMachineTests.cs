using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.FieldWork;
using Xunit;

namespace Dundian.Core.Tests.FieldWork;

/// <summary>The review state machine of field notes and reports (no database needed).</summary>
public class WritingStateMachineTests
{
    private static readonly DateTime Now = new(2007, 4, 1, 2, 0, 0, DateTimeKind.Utc);
    private readonly HtmlCleaner cleaner = new();

    private FieldNote Draft()
    {
        var note = new FieldNote();
        note.Edit(cleaner, " 东门渔村手记 ", "<p>住渔家</p><script>alert(1)</script>");
        return note;
    }

    [Fact]
    public void The_whole_way_with_one_return()
    {
        var note = Draft();
        Assert.Equal(("东门渔村手记", "<p>住渔家</p>"), (note.Title, note.BodyHtml));
        note.Submit(Now);
        note.Return("请补充走访情况");
        Assert.Equal((WritingStatus.Returned, "请补充走访情况"), (note.Status, note.ReturnReason));
        note.Edit(cleaner, "东门渔村手记", "<p>住渔家,访渔民</p>");
        note.Submit(Now.AddHours(1));
        Assert.Null(note.ReturnReason);
        note.Approve(Now.AddHours(2));
        note.Publish(Now.AddHours(3));
        Assert.Equal(WritingStatus.Published, note.Status);
        Assert.Equal((Now.AddHours(1), Now.AddHours(2), Now.AddHours(3)), (note.SubmittedAt, note.ApprovedAt, note.PublishedAt));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "approve-draft", "草稿的稿件不能审核通过" },
        { "publish-draft", "草稿的稿件不能发布" },
        { "return-draft", "草稿的稿件不能退回" },
        { "publish-submitted", "已提交的稿件不能发布" },
        { "submit-twice", "已提交的稿件不能提交" },
        { "edit-submitted", "已提交的稿件不能修改" },
        { "return-approved", "已审核的稿件不能退回" },
        { "edit-published", "已发布的稿件不能修改" },
        { "return-without-reason", "退回时必须填写理由" },
        { "submit-empty", "正文不能为空" },
        { "empty-title", "标题不能为空" },
        { "unpublish-approved", "已审核的稿件不能撤下" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_moves_explain_why_in_chinese_and_change_nothing(string @case, string message)
    {
        var note = Draft();
        Action move = @case switch
        {
            "approve-draft" => () => note.Approve(Now),
            "publish-draft" => () => note.Publish(Now),
            "return-draft" => () => note.Return("理由"),
            "publish-submitted" => Then(note.Submit, () => note.Publish(Now)),
            "submit-twice" => Then(note.Submit, () => note.Submit(Now)),
            "edit-submitted" => Then(note.Submit, () => note.Edit(cleaner, "新标题", "<p>新</p>")),
            "return-approved" => Then(t => { note.Submit(t); note.Approve(t); }, () => note.Return("理由")),
            "edit-published" => Then(t => { note.Submit(t); note.Approve(t); note.Publish(t); }, () => note.Edit(cleaner, "新", "<p>新</p>")),
            "return-without-reason" => Then(note.Submit, () => note.Return("  ")),
            "submit-empty" => () => { note.Edit(cleaner, "标题", "<script>x</script>"); note.Submit(Now); },
            "empty-title" => () => note.Edit(cleaner, " ", "<p>x</p>"),
            "unpublish-approved" => Then(t => { note.Submit(t); note.Approve(t); }, note.Unpublish),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        var before = (note.Status, note.Title);
        var error = Assert.Throws<ValidationException>(move);
        Assert.Equal(message, error.Message);
        if (@case != "submit-empty") Assert.Equal(before, (note.Status, note.Title));
    }

    [Fact]
    public void Unpublish_takes_a_note_off_the_portal_back_to_approved_and_it_may_be_published_again()
    {
        var note = Draft();
        note.Submit(Now);
        note.Approve(Now.AddHours(1));
        note.Publish(Now.AddHours(2));
        note.Unpublish();
        Assert.Equal((WritingStatus.Approved, null, Now.AddHours(1)), (note.Status, note.PublishedAt, note.ApprovedAt));
        Assert.Contains(WritingStatus.Approved, ReviewedWriting.Counted); // still counted: it was approved
        note.Publish(Now.AddHours(3));
        Assert.Equal(Now.AddHours(3), note.PublishedAt);
    }

    private static Action Then(Action<DateTime> setup, Action move)
    {
        setup(Now);
        return move;
    }
}
