using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Org;

public abstract class OrgTreeTests(MigratedDatabase database)
{
    private static readonly DateOnly From = new(2000, 1, 1);

    [Fact]
    public async Task Paths_are_materialised_and_subtree_is_a_prefix_query()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var city = await tree.AddAsync(null, "测试市" + Guid.NewGuid().ToString("N")[..6], OrgLevel.City, From);
        var county = await tree.AddAsync(city, "测试县", OrgLevel.County, From);
        var town = await tree.AddAsync(county, "测试镇", OrgLevel.Town, From);
        var village = await tree.AddAsync(town, "测试村", OrgLevel.Village, From);

        Assert.Equal($"/{city.Id}/{county.Id}/{town.Id}/{village.Id}/", village.Path);
        Assert.True(county.Covers(village));
        Assert.False(village.Covers(county));
        var subtree = await tree.Subtree(county.Path).Select(u => u.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([county.Id, town.Id, village.Id], subtree.Order());
    }

    [Fact]
    public async Task A_level_cannot_sit_under_the_same_or_a_lower_level()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var town = await tree.AddAsync(null, "孤镇" + Guid.NewGuid().ToString("N")[..6], OrgLevel.Town, From);
        var before = await db.OrgUnits.CountAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => tree.AddAsync(town, "错县", OrgLevel.County, From));
        Assert.Contains("不能设在", error.Message);
        Assert.Equal(before, await db.OrgUnits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_merged_village_stays_in_history_but_is_not_valid_after_the_merge()
    {
        var village = new OrgUnit { Name = "旧村", Level = OrgLevel.Village, ValidFrom = From, ValidTo = new DateOnly(2019, 6, 1) };
        Assert.True(village.IsValidOn(new DateOnly(2007, 5, 8)));
        Assert.False(village.IsValidOn(new DateOnly(2019, 6, 1)));
    }
}

public sealed class OrgTreeTestsOnSqlite(SqliteDatabase db) : OrgTreeTests(db), IClassFixture<SqliteDatabase>;
public sealed class OrgTreeTestsOnPostgres(PostgresDatabase db) : OrgTreeTests(db), IClassFixture<PostgresDatabase>;
