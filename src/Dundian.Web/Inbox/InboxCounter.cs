using System.Security.Claims;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Inbox;

/// <summary>Unread messages of the signed-in staff member, for the badge in the staff menu (one indexed COUNT).</summary>
public class InboxCounter(DundianDbContext db)
{
    public async Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated != true || id is null) return 0;
        return await db.InboxEntries.CountAsync(e => e.RecipientUserId == id && e.ReadAt == null, ct);
    }
}
