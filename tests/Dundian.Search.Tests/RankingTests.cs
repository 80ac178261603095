using Dundian.Core.Data.Demo;
using Xunit;

namespace Dundian.Search.Tests;

/// <summary>
/// Relevance order on the demo's articles: the seed (a long report on Xiangshan's campaign) must come first for
/// 蹲点调研, although short articles that merely mention the words would win under Lucene's classic length norm.
/// </summary>
public sealed class RankingTests : IDisposable
{
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("dundian-rank-").FullName;
    private readonly SearchIndex index;

    // The demo's other articles that mention 蹲点调研 (PortalDemoContent), copied so this test stands alone.
    private static readonly (string Title, string Body)[] Short =
    [
        ("全市组织系统深入开展作风建设年活动", "全市组织系统以作风建设年活动为抓手,围绕转变作风、服务基层、推动发展,组织各级领导干部深入基层、深入群众。各县(市)区把蹲点调研作为转变作风的重要载体,领导干部带着课题下基层,进村入户听民声、解民忧。"),
        ("领导干部下基层蹲点调研工作座谈会召开", "座谈会总结交流了各地开展领导干部蹲点调研活动的做法和经验,部署了下一阶段工作。会议要求,要把蹲点调研与解决群众实际困难结合起来,做到调研一个问题、解决一类问题。"),
        ("镇乡(街道)班子成员联村工作经验交流会举行", "会上,各镇乡(街道)交流了班子成员联系村、蹲点调研、为民办实事的做法。与会同志表示,要把联村工作做细做实,切实为群众解决一批看得见、摸得着的实际问题。"),
        ("关于做好蹲点调研活动信息报送工作的通知", "各县(市)区委组织部:为及时掌握全市领导干部蹲点调研活动进展情况,请各地每半月报送一次活动信息。报送内容包括活动开展情况、典型经验做法、群众反映的热点难点问题及解决情况。"),
        ("领导干部蹲点调研活动专题", "本专题集中展示全市各级领导干部开展“联镇带村谋发展,蹲点联系办实事”蹲点调研活动的进展、经验和成效。"),
    ];

    public RankingTests()
    {
        index = new SearchIndex(folder);
        var seed = SeedPage.Load();
        var date = new DateTime(2007, 5, 8, 1, 0, 0, DateTimeKind.Utc);
        index.Upsert(new SearchDocument("article:seed", "article", seed.Title, string.Join("\n", seed.Paragraphs), "/article/1", date));
        for (var i = 0; i < Short.Length; i++)
            index.Upsert(new SearchDocument($"article:{i}", "article", Short[i].Title, Short[i].Body, $"/article/{i + 2}", date.AddDays(i)));
    }

    [Fact]
    public void The_seed_report_ranks_first_for_蹲点调研()
    {
        var hits = index.Search(new SearchQuery("蹲点调研")).Hits;
        Assert.Equal(6, hits.Count);
        Assert.Equal("article:seed", hits[0].Key);
    }

    [Fact]
    public void A_title_match_still_outranks_a_passing_mention_in_the_body()
    {
        var hits = index.Search(new SearchQuery("信息报送")).Hits.Select(h => h.Key).ToList();
        Assert.Equal("article:3", hits[0]);
    }

    public void Dispose()
    {
        index.Dispose();
        System.IO.Directory.Delete(folder, recursive: true);
    }
}
