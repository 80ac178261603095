using System.IO.Compression;
using System.Text;

namespace Dundian.Testing;

/// <summary>Real image bytes for upload tests (a small PNG drawn here), and files that only pretend to be images.</summary>
public static class TestImages
{
    /// <summary>A valid RGB PNG of the given size with a soft gradient, so a screenshot shows a real picture.</summary>
    public static byte[] Png(int width = 160, int height = 120)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(90 + 120 * x / width));
                raw.WriteByte((byte)(140 + 80 * y / height));
                raw.WriteByte(200);
            }
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) raw.WriteTo(z);

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteInt(header, 0, width);
        WriteInt(header, 4, height);
        header[8] = 8; header[9] = 2; // 8 bits, truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A PNG signature followed by filler up to <paramref name="bytes"/>: passes the type check, fails the size limit.</summary>
    public static byte[] OversizedPng(long bytes)
    {
        var data = new byte[bytes];
        Png(2, 2).CopyTo(data, 0);
        return data;
    }

    /// <summary>A Windows executable's first bytes: what a ".jpg" that is really a program starts with.</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8];

    public static byte[] Text() => Encoding.UTF8.GetBytes("这不是图片,是一段文字。");

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteInt(length, 0, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        WriteInt(crc, 0, (int)Crc32(typed));
        png.Write(crc);
    }

    private static void WriteInt(byte[] buffer, int at, int value)
    {
        buffer[at] = (byte)(value >> 24); buffer[at + 1] = (byte)(value >> 16); buffer[at + 2] = (byte)(value >> 8); buffer[at + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
