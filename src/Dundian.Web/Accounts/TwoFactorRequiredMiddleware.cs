namespace Dundian.Web.Accounts;

/// <summary>
/// A user whose role requires two-factor sign-in (<see cref="TwoFactorPolicy"/>) and who has not enrolled can reach
/// only the enrolment page, the password change, logout and static files — as with a password that must change.
/// </summary>
public class TwoFactorRequiredMiddleware(RequestDelegate next)
{
    public const string EnrolPath = "/account/two-factor";

    private static readonly string[] Allowed = [EnrolPath, MustChangePasswordMiddleware.ChangePasswordPath, "/account/logout", "/css", "/js", "/lib", "/error"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(GrantClaimsFactory.MustEnrolTwoFactorClaim, "true")
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            context.Response.Redirect(EnrolPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
