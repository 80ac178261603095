using System.Text.RegularExpressions;

namespace Dundian.Core.Common;

/// <summary>
/// Masks a name the writer introduces as one — 我叫张大伟, 姓名:张大伟, 联系人 张大伟, 反映人张大伟 — when the
/// caller does not know it (the reporter left the name field empty and wrote it in the text). Two or three Chinese
/// characters after the phrase are taken as the name; 我是 is left out on purpose (我是村民, 我是东门村的…).
/// </summary>
internal static partial class IntroducedNames
{
    public static string Mask(string text) =>
        Introduced().Replace(text, m => m.Groups["lead"].Value + PersonalDataMask.Name(m.Groups["name"].Value));

    [GeneratedRegex(@"(?<lead>(?:我叫|我的名字是|本人姓名|姓名|联系人|反映人|投诉人|来电人)[:：\s]{0,2})(?<name>\p{IsCJKUnifiedIdeographs}{2,3})")]
    private static partial Regex Introduced();
}
