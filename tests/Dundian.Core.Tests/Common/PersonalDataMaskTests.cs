using Dundian.Core.Common;
using Xunit;

namespace Dundian.Core.Tests.Common;

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
    [InlineData("65712345", "******45")]
    [InlineData(null, "")]
    public void Phones_hide_the_middle(string? phone, string masked) => Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Fact]
    public void Id_numbers_keep_three_and_two() => Assert.Equal("330*************12", PersonalDataMask.IdNumber("330225198001011212"));
}
