namespace Dundian.Documents.Word;

/// <summary>
/// Fonts and sizes of the official layout (GB/T 9704-2012), named as Chinese office PCs have them installed, and the
/// sizes in half-points as Word's 字号 gives them.
/// </summary>
public static class OfficialFonts
{
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string FangSong = "仿宋_GB2312";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";
    /// <summary>Latin letters and digits beside the Chinese text.</summary>
    public const string Latin = "Times New Roman";

    /// <summary>初号 42 pt.</summary>
    public const int Chu = 84;
    /// <summary>小初 36 pt.</summary>
    public const int XiaoChu = 72;
    /// <summary>2号 22 pt.</summary>
    public const int Er = 44;
    /// <summary>3号 16 pt (the body).</summary>
    public const int San = 32;
    /// <summary>4号 14 pt (page numbers, 版记).</summary>
    public const int Si = 28;

    /// <summary>The red of the masthead and its rule.</summary>
    public const string Red = "FF0000";
}
