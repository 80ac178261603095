using Amazon.S3;
using Amazon.S3.Model;

namespace Dundian.Core.Uploads;

/// <summary>
/// A read-only stream over an S3 object that can seek: reading goes on through the open response, and a seek
/// elsewhere starts a ranged GET there. /files/{id} serves with range requests (a video player seeks), and the
/// framework's range support needs a seekable stream with a length.
/// </summary>
internal sealed class S3ObjectStream(IAmazonS3 client, string bucket, string key, GetObjectResponse first) : Stream
{
    private GetObjectResponse? response = first;
    private long responseAt; // where the open response's body is now
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; } = first.ContentLength;

    public override long Position
    {
        get => position;
        set => position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => Length + offset,
    };

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (position >= Length || buffer.Length == 0) return 0;
        if (response is null || responseAt != position)
        {
            response?.Dispose();
            response = await client.GetObjectAsync(new GetObjectRequest
            {
                BucketName = bucket, Key = key, ByteRange = new ByteRange(position, Length - 1),
            }, ct);
            responseAt = position;
        }
        var read = await response.ResponseStream.ReadAsync(buffer, ct);
        (position, responseAt) = (position + read, responseAt + read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) response?.Dispose();
        response = null;
        base.Dispose(disposing);
    }
}
