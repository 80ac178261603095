using Dundian.Core.Data;
using Dundian.Search;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

public static class SearchSetup
{
    public const string RebuildCommand = "rebuild-search-index";

    /// <summary>
    /// One <see cref="SearchIndex"/> per process under {DataDirectory}/search-index: Lucene allows one writer
    /// per folder. The container disposes it on shutdown, which releases the write lock.
    /// </summary>
    public static IServiceCollection AddDundianSearch(this IServiceCollection services, DatabaseOptions database)
    {
        var folder = Path.Combine(database.DataDirectory, "search-index");
        services.AddSingleton(_ =>
        {
            Directory.CreateDirectory(folder);
            return new SearchIndex(folder);
        });
        services.AddScoped<WritingIndexer>();
        services.AddScoped<ConcernIndexer>();
        return services.AddScoped<ArticleIndexer>();
    }

    /// <summary>
    /// After the database is ready: teach jieba the names of our places (so 东门村 stays one word), fill an empty index
    /// — a first start, or a deleted index folder — from the database, and apply the indexing tasks written since this
    /// node last ran (other nodes' publishes while it was down).
    /// </summary>
    public static async Task InitializeSearchAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await PlaceNames.TeachAsync(scope.ServiceProvider.GetRequiredService<DundianDbContext>());
        await scope.ServiceProvider.GetRequiredService<IndexingTaskApplier>().CatchUpAsync(async services =>
        {
            var (articles, writings, concerns) = await RebuildAllAsync(services);
            app.Logger.LogInformation("Search index rebuilt: {Articles} articles, {Writings} field notes and research reports, {Concerns} resolved concerns",
                articles, writings, concerns);
        });
    }

    /// <summary>The rebuild command: replaces the index with every published article and prints the count.</summary>
    public static async Task<int> RebuildSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await PlaceNames.TeachAsync(scope.ServiceProvider.GetRequiredService<DundianDbContext>());
        // Tasks written before the rebuild are in it; those written during it are applied again at the next start.
        var upTo = await scope.ServiceProvider.GetRequiredService<DundianDbContext>().IndexingTasks.MaxAsync(t => (long?)t.Id) ?? 0;
        var (count, writings, concerns) = await RebuildAllAsync(scope.ServiceProvider);
        Console.WriteLine($"搜索索引已重建 (search index rebuilt): {count} 篇文章 (articles)");
        Console.WriteLine($"蹲点手记与调研报告 (field notes and research reports): {writings} 篇");
        Console.WriteLine($"已办结诉求 (resolved concerns): {concerns} 件");
        scope.ServiceProvider.GetRequiredService<IndexingTaskApplier>().MarkRebuilt(upTo);
        return count;
    }

    /// <summary>Everything the portal's search shows, from the database: articles replace the index, then the rest is added.</summary>
    private static async Task<(int Articles, int Writings, int Concerns)> RebuildAllAsync(IServiceProvider services) =>
        (await services.GetRequiredService<ArticleIndexer>().RebuildAsync(),
         await services.GetRequiredService<WritingIndexer>().AddAllAsync(),
         await services.GetRequiredService<ConcernIndexer>().AddAllAsync());
}
