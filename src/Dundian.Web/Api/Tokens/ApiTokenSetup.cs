using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dundian.Web.Api.Tokens;

/// <summary>The bearer scheme, its policy, the idempotency helper, and the scheme in the OpenAPI document.</summary>
public static class ApiTokenSetup
{
    /// <summary>Authenticated by an API token (and only by one: a staff cookie does not open these endpoints).</summary>
    public const string Policy = "ApiToken";

    public static IServiceCollection AddApiTokens(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        services.AddScoped<ApiIdempotency>();
        return services;
    }

    /// <summary>Declares the bearer scheme and puts it, with the scope each operation needs, on the token endpoints.</summary>
    public static OpenApiOptions AddApiTokenSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiTokenAuthentication.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "dd_…",
                Description = "API 令牌:在后台“系统 › API 令牌”签发,仅在签发时显示一次。个人令牌以本人身份和权限操作;系统令牌以所绑定单位的活动办公室身份操作。",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var requirement = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiScopeRequirement>().FirstOrDefault();
            if (requirement is null) return Task.CompletedTask;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiTokenAuthentication.SchemeName, context.Document)] = [requirement.Scope],
            });
            operation.Description = $"所需权限(scope):`{requirement.Scope}`。" + operation.Description;
            return Task.CompletedTask;
        });
        return options;
    }
}
