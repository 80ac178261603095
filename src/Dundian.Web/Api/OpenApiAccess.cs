using Dundian.Web.Accounts;

namespace Dundian.Web.Api;

public static class OpenApiAccess
{
    /// <summary>
    /// <c>/openapi/v1.json</c>: open in Development (and tests), staff-only in Production — the document maps every
    /// endpoint, which helps an attacker more than a reader. <c>Api:PublicOpenApi</c> overrides either way.
    /// </summary>
    public static WebApplication MapOpenApiDocument(this WebApplication app)
    {
        var open = app.Configuration.GetValue<bool?>("Api:PublicOpenApi") ?? !app.Environment.IsProduction();
        var document = app.MapOpenApi();
        if (!open) document.RequireAuthorization(Policies.Staff);
        return app;
    }
}
