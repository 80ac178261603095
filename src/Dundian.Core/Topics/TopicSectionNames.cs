namespace Dundian.Core.Topics;

public static class TopicSectionNames
{
    public static string Of(TopicSectionKind kind) => kind switch
    {
        TopicSectionKind.ChannelLatest => "栏目最新文章",
        TopicSectionKind.PickedArticles => "精选文章",
        TopicSectionKind.CampaignFigures => "活动数据(实时统计)",
        TopicSectionKind.FieldNotes => "最新蹲点手记",
        TopicSectionKind.Commitments => "公开承诺",
        _ => kind.ToString(),
    };
}
