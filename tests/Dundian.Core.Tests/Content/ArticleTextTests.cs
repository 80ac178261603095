using Dundian.Core.Content;
using Xunit;

namespace Dundian.Core.Tests.Content;

/// <summary>Reading article HTML as paragraphs (diffs, sensitive words), alt-text counting, tags, revision diffs.</summary>
public class ArticleTextTests
{
    [Fact]
    public void Lines_are_paragraphs_and_list_items_with_images_read_as_their_alt()
    {
        var lines = ArticleText.Lines("<h2>标题</h2><p>第一段<b>加粗</b>。</p><ul><li>一</li><li>二</li></ul><p><img src=\"/a.png\" alt=\"码头\"></p><p> </p>");
        Assert.Equal(["标题", "第一段加粗。", "一", "二", "[图片:码头]"], lines);
    }

    [Theory]
    [InlineData("<p>无图</p>", 0)]
    [InlineData("<img src=\"a\" alt=\"说明\">", 0)]
    [InlineData("<img src=\"a\"><img src=\"b\" alt=\"\"><img src=\"c\" alt=\"  \">", 3)]
    public void Images_without_alt_are_counted(string html, int missing) => Assert.Equal(missing, ArticleText.ImagesWithoutAlt(html));

    [Fact]
    public void Tags_split_on_commas_enumeration_commas_and_spaces_without_duplicates()
    {
        Assert.Equal("渔文化,空心村,蹲点", ArticleTags.Normalize("渔文化、空心村，蹲点 渔文化"));
        Assert.Null(ArticleTags.Normalize(" 、 "));
    }

    [Fact]
    public void The_diff_marks_changed_paragraphs_only()
    {
        var older = new ArticleRevision { Title = "手记", BodyHtml = "<p>不变</p><p>旧的</p>" };
        var newer = new ArticleRevision { Title = "手记", BodyHtml = "<p>不变</p><p>新的</p>" };
        var diff = RevisionDiff.Compare(older, newer);
        Assert.Equal([(DiffLineKind.Unchanged, "标题:手记"), (DiffLineKind.Unchanged, "不变"), (DiffLineKind.Deleted, "旧的"), (DiffLineKind.Inserted, "新的")],
            diff.Select(d => (d.Kind, d.Text)));
    }
}
