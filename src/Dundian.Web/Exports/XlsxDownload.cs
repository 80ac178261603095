using Dundian.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Exports;

/// <summary>
/// A list's 「导出Excel」 answer: the sheet streamed straight into the response body as the rows come from the
/// database (no file in memory), named in Chinese with RFC 5987 <c>filename*</c> (and an ASCII <c>filename</c> for
/// old clients). The page checks role and scope and audits the export before returning this.
/// </summary>
public sealed class XlsxDownload(string fileName, XlsxAsyncSheet sheet) : IActionResult
{
    public string FileName { get; } = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? fileName : fileName + ".xlsx";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = XlsxWriter.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        await XlsxWriter.WriteAsync(response.Body, sheet, context.HttpContext.RequestAborted);
    }
}
