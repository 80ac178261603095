using Dundian.Core.Org;
using Xunit;

namespace Dundian.Core.Tests.Org;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("330000000000", OrgLevel.Province, null)]
    [InlineData("330200000000", OrgLevel.City, "330000000000")]
    [InlineData("330226000000", OrgLevel.County, "330200000000")]
    [InlineData("330226104000", OrgLevel.Town, "330226000000")]
    [InlineData("330226104201", OrgLevel.Village, "330226104000")]
    public void Level_and_parent_follow_from_the_code(string code, OrgLevel level, string? parent)
    {
        Assert.Null(DivisionCode.Problem(code));
        Assert.Equal(level, DivisionCode.LevelOf(code));
        Assert.Equal(parent, DivisionCode.ParentOf(code));
    }

    [Theory]
    [InlineData("33022600000")]
    [InlineData("3302260000001")]
    [InlineData("33022600000A")]
    [InlineData("000000000000")]
    [InlineData("")]
    public void Malformed_codes_get_a_chinese_message(string code) =>
        Assert.Matches("[\u4e00-\u9fff]", DivisionCode.Problem(code)!);
}
