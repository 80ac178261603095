using System.Security.Claims;
using Dundian.Core.Auditing;

namespace Dundian.Web.Infrastructure;

/// <summary>The signed-in staff member and client address of the current request, for audit entries.</summary>
public class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;
    public string? UserId => User?.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    public string? UserName => User?.Identity?.Name;
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
