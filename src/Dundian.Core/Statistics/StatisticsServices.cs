using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Statistics;

/// <summary>DI registration of the statistics: each built-in indicator as a singleton <see cref="Indicator"/>.</summary>
public static class StatisticsServices
{
    /// <summary>Later modules add their own with <c>services.AddSingleton&lt;Indicator&gt;(…)</c> after this call.</summary>
    public static IServiceCollection AddCampaignStatistics(this IServiceCollection services)
    {
        foreach (var indicator in BuiltInIndicators.Create()) services.AddSingleton(indicator);
        services.AddSingleton(sp => new IndicatorCatalogue(sp.GetServices<Indicator>()));
        services.AddScoped<StatisticsService>();
        services.AddScoped<CompletenessService>();
        return services;
    }
}
