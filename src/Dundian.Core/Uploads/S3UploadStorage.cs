using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Dundian.Core.Data;

namespace Dundian.Core.Uploads;

/// <summary>
/// Uploads in an S3-compatible bucket, so no node keeps them on its own disk. An object is written with one
/// PutObject of the complete, already checked temporary file: S3 makes an object visible only when its upload has
/// finished, so the final key never holds a partial file.
/// </summary>
public sealed class S3UploadStorage : IUploadStorage, IDisposable
{
    private readonly IAmazonS3 client;
    private readonly string bucket;
    private readonly string prefix;

    public S3UploadStorage(S3UploadOptions options, DatabaseOptions database)
    {
        if (string.IsNullOrWhiteSpace(options.Bucket))
            throw new InvalidOperationException("Uploads:Store is S3 but Uploads:S3:Bucket is not set.");
        (bucket, prefix) = (options.Bucket, options.Prefix ?? "");
        TempFolder = string.IsNullOrWhiteSpace(options.TempDirectory)
            ? Path.Combine(database.DataDirectory, "uploads-tmp")
            : Path.GetFullPath(options.TempDirectory, database.DataDirectory);
        client = CreateClient(options);
    }

    public string TempFolder { get; }

    /// <summary>The client of <paramref name="options"/>; also used by tests and tools to reach the same bucket.</summary>
    public static AmazonS3Client CreateClient(S3UploadOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // SDK v4 adds CRC checksums to every request and checks them on responses by default; several
            // S3-compatible stores refuse or lack them. Only where the API requires one.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task PutAsync(string key, string tempFile, string contentType, CancellationToken ct = default) =>
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = prefix + key, FilePath = tempFile, ContentType = contentType,
            // One signed body instead of aws-chunked framing: several S3-compatible stores (s3rver among them) do
            // not decode the chunk framing and would store it as the file's bytes. The file is on disk, so hashing
            // it for the signature first costs a local read.
            UseChunkEncoding = false,
        }, ct);

    public async Task<Stream> OpenReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var response = await client.GetObjectAsync(bucket, prefix + key, ct);
            return new S3ObjectStream(client, bucket, prefix + key, response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"No object {key} in the uploads bucket.", key, e);
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default)
    {
        try
        {
            await client.GetObjectMetadataAsync(bucket, prefix + key, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct = default) =>
        await client.DeleteObjectAsync(bucket, prefix + key, ct);

    public async IAsyncEnumerable<UploadObject> ListAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix.Length == 0 ? null : prefix };
        ListObjectsV2Response page;
        do
        {
            page = await client.ListObjectsV2Async(request, ct);
            foreach (var o in page.S3Objects ?? [])
                yield return new UploadObject(o.Key[prefix.Length..], (o.LastModified ?? DateTime.UtcNow).ToUniversalTime());
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    public void Dispose() => client.Dispose();
}
