namespace Dundian.Documents;

/// <summary>The file is not a readable workbook (wrong type, damaged, too large); the message is Chinese, for the user.</summary>
public sealed class XlsxReadException(string message, Exception? inner = null) : Exception(message, inner);
