using Dundian.Web.Navigation;
using Dundian.Core.Community;

namespace Dundian.Web.Community;

/// <summary>Menu entries of 互动: moderation of comments and the message board, and the sensitive-word lexicon.</summary>
public sealed class CommunityMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.Community;
        yield return new(area, "评论与留言审核", "/manage/moderation", 10, ModerationAccess.MayModerate);
        yield return new(area, "敏感词库", "/manage/sensitive-words", 20, ModerationAccess.MayEditLexicon);
    }
}
