using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Imports;

/// <summary>The Excel imports of households and visits, hotline concerns, practical projects and development plans.</summary>
public static class ImportServices
{
    public static IServiceCollection AddBulkImports(this IServiceCollection services)
    {
        services.AddScoped<Concerns.ConcernImport>();
        services.AddScoped<FieldWork.HouseholdImport>();
        services.AddScoped<Projects.PracticalProjectImport>();
        services.AddScoped<Projects.DevelopmentPlanImport>();
        return services;
    }
}
