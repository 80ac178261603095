namespace Dundian.Core.Submissions;

public static class SubmissionStatusNames
{
    public static string Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "待处理",
        SubmissionStatus.Adopted => "已采用",
        SubmissionStatus.Declined => "未采用",
        _ => status.ToString(),
    };
}
