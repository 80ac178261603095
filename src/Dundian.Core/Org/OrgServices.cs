using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Org;

public static class OrgServices
{
    /// <summary>Org tree changes (create, rename, move, retire, merge, split) and the division-code import.</summary>
    public static IServiceCollection AddOrgTreeManagement(this IServiceCollection services) =>
        services.AddScoped<OrgUnitManager>().AddScoped<DivisionImport>();
}
