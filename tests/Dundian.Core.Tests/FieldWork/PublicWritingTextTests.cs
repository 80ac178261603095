using Dundian.Core.FieldWork;
using Xunit;

namespace Dundian.Core.Tests.FieldWork;

/// <summary>Masking residents' personal data in a published writing, without touching its markup.</summary>
public class PublicWritingTextTests
{
    [Theory]
    [InlineData("<p>电话13812341234</p>", "<p>电话138****1234</p>")]
    [InlineData("<p>电话 138-1234-1234 。</p>", "<p>电话 138****1234 。</p>")]
    [InlineData("<p>座机0574-65712345</p>", "<p>座机057****2345</p>")]
    [InlineData("<p>身份证330225198001011234</p>", "<p>身份证330*************34</p>")]
    [InlineData("<p>身份证33022519800101123X号</p>", "<p>身份证330*************3X号</p>")]
    [InlineData("<p>王小明家,王小明说</p>", "<p>王**家,王**说</p>")]
    [InlineData("<p>2007年5月8日,走访农户471户</p>", "<p>2007年5月8日,走访农户471户</p>")]
    public void Masks_phones_ids_and_registered_names_in_text(string html, string expected) =>
        Assert.Equal(expected, PublicWritingText.MaskHtml(html, ["王小明", "李"]));

    [Fact]
    public void Leaves_markup_and_links_alone_and_masks_alt_and_title()
    {
        var html = "<p><a href=\"/files/13812341234\" title=\"王小明\">看图</a><img src=\"/files/2\" alt=\"王小明家 13812341234\"></p>";
        var masked = PublicWritingText.MaskHtml(html, ["王小明"]);
        Assert.Contains("href=\"/files/13812341234\"", masked);
        Assert.Contains("title=\"王**\"", masked);
        Assert.Contains("alt=\"王**家 138****1234\"", masked);
    }

    [Fact]
    public void Longer_names_are_masked_before_shorter_ones_that_they_contain() =>
        Assert.Equal("王***与王*", PublicWritingText.MaskText("王小明明与王小", ["王小", "王小明明"]));

    [Fact]
    public void Masked_text_stays_encoded()
    {
        var masked = PublicWritingText.MaskHtml("<p>&lt;script&gt;alert(1)&lt;/script&gt; 王小明</p>", ["王小明"]);
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; 王**</p>", masked);
    }
}
