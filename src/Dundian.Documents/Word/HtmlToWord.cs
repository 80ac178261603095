using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Dundian.Documents.Word;

/// <summary>
/// Turns stored (sanitised) rich text into paragraphs of the official layout: p/div/li → body paragraphs, h1–h2 →
/// 黑体 headings, h3–h6 → 楷体 headings, strong/b → bold, img → a centred picture sized to the text block's width
/// (the bytes come from <paramref name="images"/>; a picture it cannot supply is left out). Styling of the source is
/// ignored on purpose: the official layout decides fonts and sizes.
/// </summary>
internal sealed class HtmlToWord(MainDocumentPart main, Func<string, (byte[] Bytes, string ContentType)?>? images)
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> Blocks = ["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "FIGURE", "FIGCAPTION"];
    private const long MaxWidthEmu = 156 * 36000L; // the text block's width
    private uint pictureId;

    public List<Paragraph> Convert(string? html)
    {
        var result = new List<Paragraph>();
        if (string.IsNullOrWhiteSpace(html)) return result;
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        var current = new List<OpenXmlElement>();
        Walk(body, current, result, bold: false);
        Flush(current, result, null);
        return result;
    }

    private void Walk(INode node, List<OpenXmlElement> runs, List<Paragraph> result, bool bold)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    var t = Normalise(text.Data);
                    if (t.Trim().Length > 0) runs.Add(Para.Run(t, bold: bold));
                    break;
                case IElement { TagName: "BR" }:
                    runs.Add(new Run(new Break()));
                    break;
                case IElement { TagName: "IMG" } img:
                    Flush(runs, result, null);
                    if (Picture(img.GetAttribute("src"), img.GetAttribute("alt")) is { } picture) result.Add(picture);
                    break;
                case IElement { TagName: "SCRIPT" or "STYLE" }:
                    break;
                case IElement e when e.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    Flush(runs, result, null);
                    var style = e.TagName is "H1" or "H2" ? OfficialStyles.Heading1 : OfficialStyles.Heading2;
                    if (e.TextContent.Trim() is { Length: > 0 } heading) result.Add(Para.Heading(style, Normalise(heading).Trim()));
                    break;
                case IElement e when Blocks.Contains(e.TagName):
                    Flush(runs, result, null);
                    Walk(e, runs, result, bold);
                    Flush(runs, result, e.TagName == "LI" ? "· " : null);
                    break;
                case IElement e:
                    Walk(e, runs, result, bold || e.TagName is "STRONG" or "B");
                    break;
            }
        }
    }

    private static void Flush(List<OpenXmlElement> runs, List<Paragraph> result, string? prefix)
    {
        if (runs.Count == 0) return;
        if (prefix is not null) runs.Insert(0, Para.Run(prefix));
        if (runs[0] is Run first && first.GetFirstChild<Text>() is { } text) text.Text = text.Text.TrimStart();
        result.Add(Para.Body([.. runs]));
        runs.Clear();
    }

    private static string Normalise(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    private Paragraph? Picture(string? src, string? alt)
    {
        if (src is null || images?.Invoke(src) is not { } image) return null;
        var type = image.ContentType switch
        {
            "image/png" => ImagePartType.Png, "image/gif" => ImagePartType.Gif, "image/jpeg" => ImagePartType.Jpeg, _ => (PartTypeInfo?)null,
        };
        if (type is null) return null;
        var part = main.AddImagePart(type.Value);
        using (var stream = new MemoryStream(image.Bytes)) part.FeedData(stream);
        var (w, h) = ImageSize.Read(image.Bytes) ?? (4, 3);
        // 96 dpi → 9525 EMU a pixel; shrink to the text block's width.
        long cx = w * 9525L, cy = h * 9525L;
        if (cx > MaxWidthEmu) { cy = cy * MaxWidthEmu / cx; cx = MaxWidthEmu; }
        var id = ++pictureId;
        var name = string.IsNullOrWhiteSpace(alt) ? $"图片{id}" : alt;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = alt ?? "" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        // A picture is taller than a grid line: off the grid, so it is not stretched to a multiple of lines.
        return new Paragraph(Para.OffGrid(JustificationValues.Center), new Run(new Drawing(inline)));
    }
}
