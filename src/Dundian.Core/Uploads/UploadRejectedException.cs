namespace Dundian.Core.Uploads;

/// <summary>An upload refused before anything was written; the message is a Chinese sentence for the uploader.</summary>
public sealed class UploadRejectedException(string message) : Exception(message), Dundian.Core.Common.IRefusal;
