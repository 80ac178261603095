using System.Security.Claims;
using Dundian.Core.Content;
using Dundian.Web.Accounts;

namespace Dundian.Web.Newsroom;

public static class NewsroomUser
{
    /// <summary>The signed-in staff member as recorded on revisions and review steps.</summary>
    public static ArticleActor Actor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.DisplayName());
}
