using Dundian.Core.Moderation;
using Xunit;

namespace Dundian.Core.Tests.Moderation;

public class SensitiveWordMatcherTests
{
    [Fact]
    public void Finds_every_word_including_overlapping_ones_in_one_pass()
    {
        var matcher = new SensitiveWordMatcher(["赌博", "博彩", "网络赌博", "he", "she", "hers"]);
        var matches = matcher.Find("严禁网络赌博彩票; ushers");
        Assert.Equal(
            new HashSet<(string, int)> { ("网络赌博", 2), ("赌博", 4), ("博彩", 5), ("she", 11), ("he", 12), ("hers", 12) },
            matches.Select(m => (m.Word, m.Index)).ToHashSet());
        Assert.Equal(6, matches.Count);
    }

    [Fact]
    public void Clean_text_and_an_empty_lexicon_match_nothing()
    {
        Assert.True(new SensitiveWordMatcher(["赌博"]).IsClean("象山县扎实推进蹲点调研活动"));
        Assert.True(new SensitiveWordMatcher([]).IsClean("任何文字"));
        Assert.True(new SensitiveWordMatcher(["赌博"]).IsClean(null));
    }

    [Fact]
    public void Case_and_full_width_letters_do_not_hide_a_word()
    {
        var matcher = new SensitiveWordMatcher(["vpn"]);
        Assert.False(matcher.IsClean("翻墙ＶＰＮ"));
        Assert.False(matcher.IsClean("VpN"));
    }

    [Fact]
    public void Highlighting_marks_matches_and_encodes_everything_else()
    {
        var text = "<b>网络赌博</b>";
        var html = SensitiveWordHighlighter.ToHtml(text, new SensitiveWordMatcher(["赌博"]).Find(text));
        Assert.Equal("&lt;b&gt;网络<mark>赌博</mark>&lt;/b&gt;", html);
    }
}
