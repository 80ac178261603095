using Dundian.Core.Cluster;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Search;
using Dundian.Testing;
using Dundian.Web.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Search;

/// <summary>Village names the segmenter did not know become one search word on every node once a unit is added.</summary>
public abstract class PlaceNameTests(DundianApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string> QueryWords(string text)
    {
        using var analyzer = new JiebaAnalyzer(forQueries: true);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    [Fact]
    public async Task A_village_added_anywhere_is_one_word_in_this_nodes_searches()
    {
        // Rare characters, shuffled: no dictionary word and, cut by jieba's model, not one token either.
        const string rare = "甑鸮鹬鼋鼍甪黾罍簋鬲";
        var name = new string(rare.OrderBy(_ => Random.Shared.Next()).Take(4).ToArray()) + "岙村";
        Assert.NotEqual([name], QueryWords(name));

        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().IndexingTasks.MaxAsync(t => (long?)t.Id, Ct));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var town = await db.OrgUnits.OrderBy(u => u.Id).FirstAsync(u => u.Level == OrgLevel.Town, Ct);
            return await sp.GetRequiredService<OrgTree>().AddAsync(town, name, OrgLevel.Village, new DateOnly(2026, 1, 1), ct: Ct);
        });
        // The task other nodes poll for is written with the unit (one, whatever the unit's saves).
        var tasks = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().IndexingTasks
            .Where(t => t.Id > (before ?? 0) && t.Kind == IndexingTask.OrgUnitNames).CountAsync(Ct));
        Assert.True(tasks >= 1);

        await app.Services.GetRequiredService<IndexingTaskApplier>().ApplyPendingAsync(Ct);
        Assert.Equal([name], QueryWords(name));
    }
}

public sealed class PlaceNameTestsOnSqlite(SqliteApp app) : PlaceNameTests(app), IClassFixture<SqliteApp>;
public sealed class PlaceNameTestsOnPostgres(PostgresApp app) : PlaceNameTests(app), IClassFixture<PostgresApp>;
