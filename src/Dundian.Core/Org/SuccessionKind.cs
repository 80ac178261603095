namespace Dundian.Core.Org;

/// <summary>How a unit came after another: 合并 (A and B become C) or 拆分 (A becomes B and C).</summary>
public enum SuccessionKind
{
    Merge = 1,
    Split = 2,
}
