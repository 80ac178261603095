using Amazon.S3;
using Amazon.S3.Model;
using Dundian.Core.Uploads;
using Xunit;

namespace Dundian.Testing;

/// <summary>
/// A bucket of its own on the S3-protocol server (s3rver) that ./scripts/test.sh starts on loopback (URL in
/// DUNDIAN_TEST_S3), emptied and removed when the test class is done. Without that server the tests fail; they are
/// never skipped.
/// </summary>
public sealed class S3TestBucket : IAsyncLifetime
{
    public const string EnvironmentVariable = "DUNDIAN_TEST_S3";

    public S3TestBucket()
    {
        var url = Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run the tests with ./scripts/test.sh, which starts an S3 server (s3rver).");
        // s3rver's built-in account; the server checks every request's signature with it.
        Options = new S3UploadOptions
        {
            ServiceUrl = url, Bucket = "dundian-test-" + Guid.NewGuid().ToString("N")[..12],
            AccessKey = "S3RVER", SecretKey = "S3RVER", Region = "us-east-1", ForcePathStyle = true,
        };
        Client = S3UploadStorage.CreateClient(Options);
    }

    public S3UploadOptions Options { get; }
    public AmazonS3Client Client { get; }

    /// <summary>The app's configuration for this bucket (Uploads:Store = S3).</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Uploads:Store", "S3"),
        new("Uploads:S3:ServiceUrl", Options.ServiceUrl!),
        new("Uploads:S3:Bucket", Options.Bucket),
        new("Uploads:S3:AccessKey", Options.AccessKey!),
        new("Uploads:S3:SecretKey", Options.SecretKey!),
        new("Uploads:S3:Region", Options.Region),
        new("Uploads:S3:ForcePathStyle", "true"),
    ];

    public async ValueTask InitializeAsync() => await Client.PutBucketAsync(Options.Bucket);

    /// <summary>Every key in the bucket, read through the S3 API (not the storage under test).</summary>
    public async Task<List<string>> KeysAsync()
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = Options.Bucket };
        ListObjectsV2Response page;
        do
        {
            page = await Client.ListObjectsV2Async(request);
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        return keys;
    }

    public async Task<byte[]> BytesAsync(string key)
    {
        using var response = await Client.GetObjectAsync(Options.Bucket, key);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public async Task PutAsync(string key, byte[] content) =>
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = Options.Bucket, Key = key, InputStream = new MemoryStream(content), UseChunkEncoding = false });

    public async ValueTask DisposeAsync()
    {
        foreach (var key in await KeysAsync()) await Client.DeleteObjectAsync(Options.Bucket, key);
        await Client.DeleteBucketAsync(Options.Bucket);
        Client.Dispose();
    }
}
