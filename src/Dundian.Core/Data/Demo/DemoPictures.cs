using SkiaSharp;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Draws the demo articles' cover pictures: simple illustrations (a fishing harbour, a village, a meeting hall, terraced
/// fields, a village road, a flag over a square) made of shapes, so the demo needs no photo files and no font. Each
/// scene is varied by a seed so the covers differ; the alt text says what is drawn.
/// </summary>
internal static class DemoPictures
{
    public const int Width = 640, Height = 360;

    public enum Scene { Harbour, Village, Meeting, Fields, Road, Square }

    public static string AltText(Scene scene) => scene switch
    {
        Scene.Harbour => "示意插图:海边渔港,几条渔船停靠在港湾里,远处是青山",
        Scene.Village => "示意插图:青山脚下的村庄,白墙灰瓦的农房和绿树",
        Scene.Meeting => "示意插图:会议室里摆着长桌和座椅,前方挂着红色横幅",
        Scene.Fields => "示意插图:阳光下层层叠叠的梯田和田间小路",
        Scene.Road => "示意插图:新修的村道通向远方,两旁种着行道树",
        Scene.Square => "示意插图:村文化广场上飘扬的红旗和宣传栏",
        _ => "示意插图",
    };

    /// <summary>The picture as WebP (small enough for a phone on a slow network).</summary>
    public static byte[] Draw(Scene scene, int seed)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var c = surface.Canvas;
        switch (scene)
        {
            case Scene.Harbour: Harbour(c, random); break;
            case Scene.Village: Village(c, random); break;
            case Scene.Meeting: Meeting(c, random); break;
            case Scene.Fields: Fields(c, random); break;
            case Scene.Road: Road(c, random); break;
            default: Square(c, random); break;
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Webp, 72);
        return data.ToArray();
    }

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static void Sky(SKCanvas c, SKColor top, SKColor bottom, float horizon)
    {
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, horizon), [top, bottom], SKShaderTileMode.Clamp),
        };
        c.DrawRect(0, 0, Width, horizon, paint);
    }

    private static void Hills(SKCanvas c, Random r, float baseY, SKColor color, float height)
    {
        using var path = new SKPath();
        path.MoveTo(0, baseY);
        for (var x = 0f; x <= Width; x += 80)
            path.QuadTo(x + 40, baseY - height * (0.5f + (float)r.NextDouble()), x + 80, baseY - height * 0.3f * (float)r.NextDouble());
        path.LineTo(Width, Height);
        path.LineTo(0, Height);
        path.Close();
        using var paint = Fill(color);
        c.DrawPath(path, paint);
    }

    private static void Sun(SKCanvas c, float x, float y, float radius)
    {
        using var paint = Fill(new SKColor(0xFF, 0xD5, 0x4F));
        c.DrawCircle(x, y, radius, paint);
    }

    private static void House(SKCanvas c, float x, float baseY, float w, float h, SKColor roof)
    {
        using var wall = Fill(new SKColor(0xF4, 0xF1, 0xEA));
        c.DrawRect(x, baseY - h, w, h, wall);
        using var roofPath = new SKPath();
        roofPath.MoveTo(x - w * 0.12f, baseY - h);
        roofPath.LineTo(x + w / 2, baseY - h - h * 0.6f);
        roofPath.LineTo(x + w * 1.12f, baseY - h);
        roofPath.Close();
        using var roofPaint = Fill(roof);
        c.DrawPath(roofPath, roofPaint);
        using var dark = Fill(new SKColor(0x5D, 0x4C, 0x3B));
        c.DrawRect(x + w * 0.4f, baseY - h * 0.55f, w * 0.2f, h * 0.55f, dark);
        using var window = Fill(new SKColor(0x8F, 0xB8, 0xD8));
        c.DrawRect(x + w * 0.1f, baseY - h * 0.75f, w * 0.2f, h * 0.25f, window);
        c.DrawRect(x + w * 0.7f, baseY - h * 0.75f, w * 0.2f, h * 0.25f, window);
    }

    private static void Tree(SKCanvas c, float x, float baseY, float size)
    {
        using var trunk = Fill(new SKColor(0x6D, 0x4C, 0x41));
        c.DrawRect(x - size * 0.08f, baseY - size * 0.5f, size * 0.16f, size * 0.5f, trunk);
        using var leaves = Fill(new SKColor(0x2E, 0x7D, 0x32));
        c.DrawCircle(x, baseY - size * 0.75f, size * 0.4f, leaves);
    }

    private static void Harbour(SKCanvas c, Random r)
    {
        Sky(c, new SKColor(0x6F, 0xB3, 0xE8), new SKColor(0xD6, 0xEC, 0xFA), 200);
        Sun(c, 120 + r.Next(400), 70, 28);
        Hills(c, r, 210, new SKColor(0x5B, 0x8C, 0x6B), 90);
        using var sea = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 200), new SKPoint(0, Height),
                [new SKColor(0x2F, 0x7E, 0xB8), new SKColor(0x15, 0x4C, 0x79)], SKShaderTileMode.Clamp),
        };
        c.DrawRect(0, 200, Width, Height - 200, sea);
        using var wave = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 0x70), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        for (var i = 0; i < 14; i++)
        {
            float x = r.Next(Width), y = 215 + r.Next(140);
            c.DrawLine(x, y, x + 30 + r.Next(30), y, wave);
        }
        var boats = 3 + r.Next(3);
        for (var i = 0; i < boats; i++)
        {
            float x = 40 + i * (Width - 80) / boats + r.Next(40), y = 250 + r.Next(70), s = 0.8f + (float)r.NextDouble() * 0.6f;
            using var hull = new SKPath();
            hull.MoveTo(x, y);
            hull.LineTo(x + 90 * s, y);
            hull.LineTo(x + 75 * s, y + 18 * s);
            hull.LineTo(x + 12 * s, y + 18 * s);
            hull.Close();
            using var hullPaint = Fill(i % 2 == 0 ? new SKColor(0xC6, 0x28, 0x28) : new SKColor(0xF5, 0xF5, 0xF5));
            c.DrawPath(hull, hullPaint);
            using var cabin = Fill(new SKColor(0x37, 0x47, 0x4F));
            c.DrawRect(x + 30 * s, y - 16 * s, 26 * s, 16 * s, cabin);
            using var mast = new SKPaint { Color = new SKColor(0x37, 0x47, 0x4F), StrokeWidth = 2, IsAntialias = true };
            c.DrawLine(x + 62 * s, y, x + 62 * s, y - 40 * s, mast);
        }
    }

    private static void Village(SKCanvas c, Random r)
    {
        Sky(c, new SKColor(0x90, 0xCA, 0xF9), new SKColor(0xE3, 0xF2, 0xFD), 260);
        Hills(c, r, 200, new SKColor(0x7C, 0xA9, 0x82), 110);
        Hills(c, r, 250, new SKColor(0x55, 0x8B, 0x2F), 60);
        using var ground = Fill(new SKColor(0x8B, 0xC3, 0x4A));
        c.DrawRect(0, 290, Width, 70, ground);
        var x = 20f;
        while (x < Width - 60)
        {
            var w = 70 + r.Next(40);
            House(c, x, 300 - r.Next(20), w, 50 + r.Next(20), new SKColor(0x54, 0x5B, 0x62));
            x += w + 25 + r.Next(30);
            if (r.Next(2) == 0) Tree(c, x - 12, 305, 60);
        }
    }

    private static void Meeting(SKCanvas c, Random r)
    {
        using var wall = Fill(new SKColor(0xF3, 0xEE, 0xE4));
        c.DrawRect(0, 0, Width, Height, wall);
        using var banner = Fill(new SKColor(0xB7, 0x1C, 0x1C));
        c.DrawRect(70, 36, Width - 140, 46, banner);
        using var stripe = Fill(new SKColor(0xFF, 0xD5, 0x4F));
        for (var i = 0; i < 10; i++) c.DrawRect(110 + i * 44, 55, 26, 8, stripe);
        using var floor = Fill(new SKColor(0xA1, 0x88, 0x7F));
        c.DrawRect(0, 250, Width, 110, floor);
        using var table = Fill(new SKColor(0x79, 0x55, 0x48));
        c.DrawRoundRect(100, 190, Width - 200, 60, 8, 8, table);
        using var cloth = Fill(new SKColor(0x2E, 0x7D, 0x32));
        c.DrawRect(100, 190, Width - 200, 14, cloth);
        var seats = 6 + r.Next(3);
        using var chair = Fill(new SKColor(0x3E, 0x27, 0x23));
        using var cup = Fill(new SKColor(0xFA, 0xFA, 0xFA));
        for (var i = 0; i < seats; i++)
        {
            var cx = 120 + i * (Width - 240f) / (seats - 1);
            c.DrawRoundRect(cx - 16, 256, 32, 60, 4, 4, chair);
            c.DrawRect(cx - 5, 176, 10, 14, cup);
        }
        using var plant = Fill(new SKColor(0x38, 0x8E, 0x3C));
        c.DrawCircle(40, 220, 30, plant);
        c.DrawCircle(Width - 40, 220, 30, plant);
    }

    private static void Fields(SKCanvas c, Random r)
    {
        Sky(c, new SKColor(0x81, 0xD4, 0xFA), new SKColor(0xFF, 0xF8, 0xE1), 150);
        Sun(c, 500 - r.Next(300), 60, 34);
        var greens = new[] { new SKColor(0x9C, 0xCC, 0x65), new SKColor(0x7C, 0xB3, 0x42), new SKColor(0x68, 0x9F, 0x38), new SKColor(0xC0, 0xCA, 0x33) };
        for (var i = 0; i < 7; i++)
        {
            var y = 140 + i * 32f;
            using var path = new SKPath();
            path.MoveTo(0, y + r.Next(10));
            path.CubicTo(Width * 0.3f, y - 25 + r.Next(20), Width * 0.6f, y + 25 - r.Next(20), Width, y + r.Next(10));
            path.LineTo(Width, Height);
            path.LineTo(0, Height);
            path.Close();
            using var paint = Fill(greens[(i + r.Next(2)) % greens.Length]);
            c.DrawPath(path, paint);
        }
        using var lane = new SKPaint { Color = new SKColor(0xD7, 0xCC, 0xC8), StrokeWidth = 6, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var lanePath = new SKPath();
        lanePath.MoveTo(Width * 0.55f, Height);
        lanePath.QuadTo(Width * 0.4f, 260, Width * 0.5f, 160);
        c.DrawPath(lanePath, lane);
    }

    private static void Road(SKCanvas c, Random r)
    {
        Sky(c, new SKColor(0x64, 0xB5, 0xF6), new SKColor(0xE1, 0xF5, 0xFE), 170);
        Hills(c, r, 175, new SKColor(0x81, 0xC7, 0x84), 50);
        using var grass = Fill(new SKColor(0x7C, 0xB3, 0x42));
        c.DrawRect(0, 170, Width, Height - 170, grass);
        using var road = new SKPath();
        road.MoveTo(Width / 2f - 12, 170);
        road.LineTo(Width / 2f + 12, 170);
        road.LineTo(Width * 0.85f, Height);
        road.LineTo(Width * 0.15f, Height);
        road.Close();
        using var asphalt = Fill(new SKColor(0x61, 0x61, 0x61));
        c.DrawPath(road, asphalt);
        using var line = new SKPaint { Color = SKColors.White, StrokeWidth = 4, IsAntialias = true };
        for (var y = 180f; y < Height; y += 36) c.DrawLine(Width / 2f, y, Width / 2f, y + 16 * (y / 200), line);
        for (var i = 0; i < 5; i++)
        {
            var t = (i + 1) / 6f;
            var y = 170 + t * (Height - 170);
            var spread = 20 + t * Width * 0.42f;
            Tree(c, Width / 2f - spread - 20, y, 30 + 70 * t);
            Tree(c, Width / 2f + spread + 20, y, 30 + 70 * t);
        }
        if (r.Next(2) == 0) House(c, 40, 200, 70, 45, new SKColor(0x8D, 0x6E, 0x63));
    }

    private static void Square(SKCanvas c, Random r)
    {
        Sky(c, new SKColor(0x42, 0xA5, 0xF5), new SKColor(0xBB, 0xDE, 0xFB), 240);
        Hills(c, r, 230, new SKColor(0x66, 0xBB, 0x6A), 70);
        using var pavement = Fill(new SKColor(0xCF, 0xC8, 0xBE));
        c.DrawRect(0, 240, Width, 120, pavement);
        using var pole = new SKPaint { Color = new SKColor(0x9E, 0x9E, 0x9E), StrokeWidth = 5, IsAntialias = true };
        var px = 180 + r.Next(280);
        c.DrawLine(px, 300, px, 70, pole);
        using var flag = new SKPath();
        flag.MoveTo(px, 72);
        flag.CubicTo(px + 40, 60, px + 80, 90, px + 120, 76);
        flag.LineTo(px + 120, 146);
        flag.CubicTo(px + 80, 160, px + 40, 130, px, 142);
        flag.Close();
        using var red = Fill(new SKColor(0xD3, 0x2F, 0x2F));
        c.DrawPath(flag, red);
        using var board = Fill(new SKColor(0x1E, 0x5A, 0x8C));
        c.DrawRect(40, 200, 120, 70, board);
        c.DrawRect(Width - 160, 200, 120, 70, board);
        using var paper = Fill(new SKColor(0xFF, 0xFF, 0xFF, 0xD0));
        for (var i = 0; i < 3; i++)
        {
            c.DrawRect(50 + i * 36, 210, 28, 48, paper);
            c.DrawRect(Width - 150 + i * 36, 210, 28, 48, paper);
        }
        Tree(c, 20, 300, 70);
        Tree(c, Width - 20, 300, 70);
    }
}
