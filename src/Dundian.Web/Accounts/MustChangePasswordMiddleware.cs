namespace Dundian.Web.Accounts;

/// <summary>
/// A user whose password was set by someone else (first admin, reset) can reach nothing but the
/// change-password page, logout and static files until the password is changed.
/// </summary>
public class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(GrantClaimsFactory.MustChangePasswordClaim, "true")
            && !context.Request.Path.StartsWithSegments(ChangePasswordPath)
            && !context.Request.Path.StartsWithSegments("/account/logout")
            && !context.Request.Path.StartsWithSegments("/css")
            && !context.Request.Path.StartsWithSegments("/js")
            && !context.Request.Path.StartsWithSegments("/lib"))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
