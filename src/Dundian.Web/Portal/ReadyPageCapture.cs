using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace Dundian.Web.Portal;

/// <summary>
/// Keeps a copy of the bytes of a page the output cache is about to store, for <see cref="ReadyPages"/>. Set as a request
/// feature by <see cref="ReadyPagesMiddleware"/>; the portal's cache policy puts it under the response body of a page
/// it may cache (so other responses are never wrapped) and tells it when the output cache stores the response. A page
/// the output cache served, or did not store, leaves no copy.
/// </summary>
public sealed class ReadyPageCapture : Stream
{
    private Stream? original;
    private MemoryStream? copy;
    private OutputCacheContext? cache;
    private long notedAt;

    /// <summary>Called by the cache policy for a page it may cache, before the output cache wraps the body.</summary>
    public void Attach(HttpResponse response)
    {
        original = response.Body;
        response.Body = this;
        copy = new MemoryStream();
    }

    /// <summary>
    /// Called when the output cache is about to store the response (after the page has run, maybe after its bytes were
    /// written), with the mark sequence noted when the request started.
    /// </summary>
    public void WillBeStored(long noted, OutputCacheContext context)
    {
        notedAt = noted;
        cache = context;
    }

    /// <summary>
    /// Puts the response body back; returns the copy if the whole page went out and the output cache still meant to
    /// store it.
    /// </summary>
    public async Task<ReadyPage?> DetachAsync(HttpContext http, bool completed, DateTimeOffset now)
    {
        if (original is null) return null;
        var response = http.Response;
        // Bytes written through the wrapper's pipe (the output cache writes a stored page there) are still to go out.
        if (!http.RequestAborted.IsCancellationRequested && http.Features.Get<IHttpResponseBodyFeature>() is { } wrapper
            && wrapper.Stream == this)
            await wrapper.CompleteAsync();
        response.Body = original;
        original = null;
        if (!completed || copy is null || cache is not { AllowCacheStorage: true } || http.RequestAborted.IsCancellationRequested
            || !PortalOutputCachePolicy.IsShareable(response) || http.User.Identity?.IsAuthenticated == true
            || (response.ContentLength is { } length && length != copy.Length))
            return null;
        var headers = response.Headers.Where(h => ReadyPages.IsPageHeader(h.Key)).ToArray();
        return new ReadyPage(headers, copy.ToArray(), [.. cache.Tags], notedAt, now);
    }

    private void Copy(ReadOnlySpan<byte> bytes)
    {
        if (copy is null) return;
        if (copy.Length + bytes.Length <= ReadyPages.MaxBodyBytes) copy.Write(bytes);
        else copy = null; // too big to keep ready: the output cache alone serves it
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Copy(buffer);
        Inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Copy(buffer.Span);
        return Inner.WriteAsync(buffer, ct);
    }

    public override void Flush() => Inner.Flush();
    public override Task FlushAsync(CancellationToken ct) => Inner.FlushAsync(ct);

    private Stream Inner => original ?? throw new InvalidOperationException("The capture is not attached to a response.");

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
