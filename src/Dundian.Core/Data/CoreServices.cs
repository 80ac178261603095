using Dundian.Core.Accounts;
using Dundian.Core.Bulletins;
using Dundian.Core.Community;
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
        // The options are built once (their interceptors are singletons): built per request they were a tenth of
        // an uncached page's allocations (profile of 2026-12-06, bench/README.md). The contexts are pooled.
        services.AddPooledDundianDbContext(db);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HtmlCleaner>();
        services.AddScoped<OrgTree>();
        services.AddOrgTreeManagement();
        services.AddScoped<ConcernIntake>();
        services.AddScoped<ArticleReviewService>();
        services.AddSingleton<SensitiveWordLexicon>();
        services.AddScoped<SensitiveWordEditor>();
        services.AddScoped<CommunityIntake>();
        services.AddScoped<FieldLogService>();
        services.AddScoped<FieldLogCorrections>();
        services.AddScoped<Campaigns.CampaignRetirements>();
        services.AddScoped<ApiAccess.ApiTokenService>();
        services.AddScoped<WritingService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<PublishedWritings>();
        services.AddUploadStorage(new UploadStoreOptions()); // the folder; the host may choose S3 (Uploads:Store)
        services.AddScoped<FileStore>();
        services.AddScoped<UploadSweep>();
        services.AddScoped<Dundian.Core.Campaigns.CampaignSetup>();
        services.AddScoped<Dundian.Core.Campaigns.ParticipantImport>();
        services.AddScoped<Dundian.Core.FieldWork.FieldLogImport>();
        Dundian.Core.Imports.ImportServices.AddBulkImports(services);
        services.AddScoped<ArticleDesk>();
        services.AddScoped<ChannelFreshness>();
        services.AddSingleton<ArticleViewCounter>();
        services.AddCampaignStatistics();
        // After the built-ins: replaces 解决实际问题 (field logs' own count) with resolved concerns, in place.
        services.AddSingleton<Indicator, ResolvedConcernsIndicator>();
        services.AddScoped<ConcernMetrics>();
        services.AddBulletins();
        services.AddScoped<DemoData>();
        services.AddScoped<Dundian.Core.Submissions.SubmissionService>();
        services.AddScoped<Dundian.Core.Topics.TopicComposer>();
        services.AddScoped<Dundian.Core.HomePage.HomeArrangement>();
        services.AddScoped<Dundian.Core.HomePage.HomeArrangementEditor>();
        services.AddScoped<FirstAdmin>();
        services.AddScoped<Demo.DemoAccounts>();
        services.AddScoped<DatabaseInitializer>();
        Cluster.ClusterServices.AddDundianCluster(services);
        return services;
    }
}
