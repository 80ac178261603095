namespace Dundian.Documents.Excel;

/// <summary>
/// Where the zip writes while a sheet streams to an HTTP response. The OpenXML writer and the zip's deflater write
/// synchronously, and Kestrel refuses synchronous writes to a response (they would block a pool thread on the
/// network); so they land here, and the row loop hands what has gathered to the response with an awaited write every
/// few rows. Memory stays at one drain's worth whatever the number of rows.
/// </summary>
internal sealed class DrainBuffer : Stream
{
    private MemoryStream buffer = new();
    private long written;

    public long Pending => buffer.Length;

    public async Task DrainToAsync(Stream target, CancellationToken ct)
    {
        if (buffer.Length == 0) return;
        await target.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        // A buffer that grew past a few drains' worth (a long text cell) is dropped rather than kept for the rest.
        if (buffer.Capacity > 4 * XlsxWriter.DrainBytes) buffer = new MemoryStream();
        else buffer.SetLength(0);
    }

    public override void Write(byte[] data, int offset, int count) { buffer.Write(data, offset, count); written += count; }
    public override void Write(ReadOnlySpan<byte> data) { buffer.Write(data); written += data.Length; }
    public override void WriteByte(byte value) { buffer.WriteByte(value); written++; }
    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => written; set => throw new NotSupportedException(); }
    public override int Read(byte[] data, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
