using Dundian.Core.Common;
using Xunit;

namespace Dundian.Core.Tests.Common;

/// <summary>The one masking service: primitives, then a table of the formats residents actually type.</summary>
public class PersonalDataMaskTests
{
    [Theory]
    [InlineData("王小明", "王**")]
    [InlineData("王明", "王*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData(" ", "")]
    public void Names_keep_only_the_first_character(string name, string masked) => Assert.Equal(masked, PersonalDataMask.Name(name));

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("138-1234-1234", "138****1234")]
    [InlineData("１３８１２３４１２３４", "138****1234")]
    [InlineData("65712345", "******45")]
    [InlineData(null, "")]
    public void Phones_hide_the_middle(string? phone, string masked) => Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Fact]
    public void Id_numbers_keep_three_and_two() => Assert.Equal("330*************12", PersonalDataMask.IdNumber("330225198001011212"));

    [Theory]
    // mobiles: plain, with spaces or dashes, full-width, after +86, glued to Chinese text
    [InlineData("电话13912345678", "电话139****5678")]
    [InlineData("电话139 1234 5678。", "电话139****5678。")]
    [InlineData("电话139-1234-5678", "电话139****5678")]
    [InlineData("电话１３９１２３４５６７８谢谢", "电话139****5678谢谢")]
    [InlineData("电话１３９－１２３４－５６７８", "电话139****5678")]
    [InlineData("+86 13912345678", "+86 139****5678")]
    [InlineData("8613912345678", "86 139****5678")]
    [InlineData("号码13912345678号", "号码139****5678号")]
    // ID numbers: 18 digits, X check digit (either case, full-width), 15 digits, with spaces
    [InlineData("身份证330225198001011234", "身份证330*************34")]
    [InlineData("身份证33022519800101123X号", "身份证330*************3X号")]
    [InlineData("身份证33022519800101123x", "身份证330*************3X")]
    [InlineData("身份证３３０２２５１９８００１０１１２３Ｘ", "身份证330*************3X")]
    [InlineData("身份证330225800101123", "身份证330**********23")]
    [InlineData("身份证 330225 19800101 1234", "身份证 330*************34")]
    // landlines: with area code (dash, space, brackets), three-digit area code, without area code, 7 digits
    [InlineData("座机0574-65712345", "座机0574-******45")]
    [InlineData("座机0574 65712345", "座机0574-******45")]
    [InlineData("座机(0574)65712345", "座机(0574-******45")]
    [InlineData("座机057465712345", "座机0574-******45")]
    [InlineData("北京010-12345678", "北京010-******78")]
    [InlineData("座机65712345找我", "座机******45找我")]
    [InlineData("座机6571234", "座机*****34")]
    // bank cards: 16 and 19 digits, grouped by four
    [InlineData("卡号6222021234567890", "卡号************7890")]
    [InlineData("卡号6222 0212 3456 7890 123", "卡号***************0123")]
    // quantities and dates stay
    [InlineData("2007年5月8日,走访农户471户", "2007年5月8日,走访农户471户")]
    [InlineData("2026-12-06 10:30 报修", "2026-12-06 10:30 报修")]
    [InlineData("扶助资金10860000元", "扶助资金10860000元")]
    [InlineData("面积1234567.5平方米", "面积1234567.5平方米")]
    [InlineData("第12345678期", "第12345678期")]
    [InlineData("村里3户人家", "村里3户人家")]
    // names: the ones the caller knows (the reporter), and those introduced by a phrase
    [InlineData("我是张大伟，电话13912345678", "我是张**，电话139****5678")]
    [InlineData("我叫李四海，家住东门", "我叫李**，家住东门")]
    [InlineData("联系人：赵敏 13812341234", "联系人：赵* 138****1234")]
    [InlineData("姓名:钱多多", "姓名:钱**")]
    public void Text_masks_every_format_of_personal_data(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Text(text, ["张大伟"]));

    [Fact]
    public void The_issue_example_keeps_no_name_phone_or_id()
    {
        var masked = PersonalDataMask.Text("我是张大伟，电话13912345678，身份证330225198001011234", ["张大伟"]);
        Assert.DoesNotContain("张大伟", masked);
        Assert.DoesNotContain("13912345678", masked);
        Assert.DoesNotContain("330225198001011234", masked);
    }

    [Theory]
    [InlineData("<p>电话13812341234</p>", "<p>电话138****1234</p>")]
    [InlineData("<p>电话 138-1234-1234 。</p>", "<p>电话 138****1234 。</p>")]
    [InlineData("<p>座机0574-65712345</p>", "<p>座机0574-******45</p>")]
    [InlineData("<p>身份证330225198001011234</p>", "<p>身份证330*************34</p>")]
    [InlineData("<p>王小明家,王小明说</p>", "<p>王**家,王**说</p>")]
    [InlineData("<p>2007年5月8日,走访农户471户</p>", "<p>2007年5月8日,走访农户471户</p>")]
    public void Html_masks_text_nodes(string html, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Html(html, ["王小明", "李"]));

    [Fact]
    public void Html_leaves_markup_and_links_alone_and_masks_alt_and_title()
    {
        var html = "<p><a href=\"/files/13812341234\" title=\"王小明\">看图</a><img src=\"/files/2\" alt=\"王小明家 13812341234\"></p>";
        var masked = PersonalDataMask.Html(html, ["王小明"]);
        Assert.Contains("href=\"/files/13812341234\"", masked);
        Assert.Contains("title=\"王**\"", masked);
        Assert.Contains("alt=\"王**家 138****1234\"", masked);
    }

    [Fact]
    public void Longer_names_are_masked_before_shorter_ones_that_they_contain() =>
        Assert.Equal("王***与王*", PersonalDataMask.Text("王小明明与王小", ["王小", "王小明明"]));

    [Fact]
    public void Masked_html_stays_encoded() =>
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; 王**</p>",
            PersonalDataMask.Html("<p>&lt;script&gt;alert(1)&lt;/script&gt; 王小明</p>", ["王小明"]));
}
