namespace Dundian.Core.Commitments;

public static class CommitmentChannelNames
{
    public static string Of(CommitmentChannel channel) => channel switch
    {
        CommitmentChannel.InterviewColumn => "访谈专栏",
        CommitmentChannel.Hotline => "阳光热线",
        CommitmentChannel.Website => "网站",
        _ => channel.ToString(),
    };
}
