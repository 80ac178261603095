using Dundian.Core.Content;
namespace Dundian.Web.Newsroom;

public static class NewsroomSetup
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsroomOptions>(configuration.GetSection(NewsroomOptions.Section));
        services.AddScoped<NewsroomAccess>();
        services.AddHostedService<ArticleViewFlushWorker>();
        return services;
    }
}
