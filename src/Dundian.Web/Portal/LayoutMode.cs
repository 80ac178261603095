namespace Dundian.Web.Portal;

/// <summary>The two presentations of the same content: 手机版 and 电脑版.</summary>
public enum LayoutMode
{
    Desktop,
    Mobile,
}
