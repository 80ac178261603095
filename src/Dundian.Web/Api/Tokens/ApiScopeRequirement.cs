namespace Dundian.Web.Api.Tokens;

/// <summary>
/// Endpoint metadata and filter: the token must carry <see cref="Scope"/>, else 403 before the handler runs.
/// The OpenAPI transformer reads the same metadata to list the scope on the operation.
/// </summary>
public sealed record ApiScopeRequirement(string Scope) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (!user.HasClaim(ApiTokenAuthentication.ScopeClaim, Scope))
            return ApiProblems.Forbidden($"该令牌没有“{Scope}”权限;请签发带有该权限的令牌。");
        return await next(context);
    }
}

/// <summary>Adds <see cref="ApiScopeRequirement"/> as filter and metadata in one call.</summary>
public static class ApiScopeRequirementExtensions
{
    public static RouteHandlerBuilder RequireApiScope(this RouteHandlerBuilder builder, string scope)
    {
        var requirement = new ApiScopeRequirement(scope);
        return builder.WithMetadata(requirement).AddEndpointFilter(requirement);
    }
}
