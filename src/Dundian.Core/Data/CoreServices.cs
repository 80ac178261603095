using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.Data.Demo;
using Dundian.Core.FieldWork;
using Dundian.Core.Moderation;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Core.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dundian.Core.Data;

public static class CoreServices
{
    /// <summary>Registers the DbContext and the core services. Identity itself is added by the host.</summary>
    public static IServiceCollection AddDundianCore(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddSingleton(db);
        services.AddDbContext<DundianDbContext>(o => DatabaseSetup.Configure(o, db));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HtmlCleaner>();
        services.AddScoped<OrgTree>();
        services.AddScoped<ConcernIntake>();
        services.AddScoped<ArticleReviewService>();
        services.AddSingleton<SensitiveWordLexicon>();
        services.AddScoped<FieldLogService>();
        services.AddScoped<WritingService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<PublishedWritings>();
        services.AddScoped<FileStore>();
        services.AddCampaignStatistics();
        // After the built-ins: replaces 解决实际问题 (field logs' own count) with resolved concerns, in place.
        services.AddSingleton<Indicator, ResolvedConcernsIndicator>();
        services.AddScoped<ConcernMetrics>();
        services.AddScoped<DemoData>();
        services.AddScoped<FirstAdmin>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
