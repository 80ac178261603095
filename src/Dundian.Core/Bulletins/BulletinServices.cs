using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Bulletins;

public static class BulletinServices
{
    public static IServiceCollection AddBulletins(this IServiceCollection services)
    {
        services.AddScoped<FiguresAsOf>();
        services.AddScoped<BulletinDesk>();
        services.AddScoped<Anthology>();
        return services;
    }
}
