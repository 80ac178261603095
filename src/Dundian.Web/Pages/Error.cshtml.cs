using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Pages;

/// <summary>
/// The Chinese error page. It is re-executed by the status-code and exception middleware for any method,
/// so it answers every method, needs no login and no antiforgery token, and keeps the original status code.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Advice { get; private set; } = "";

    public void OnGet(int code) => Show(code);
    public void OnPost(int code) => Show(code);
    public void OnPut(int code) => Show(code);
    public void OnDelete(int code) => Show(code);

    private void Show(int code)
    {
        // A re-executed POST whose form cannot be read (a NUL character) fails binding and leaves code 0: the route
        // still has it, so the reader sees the real 400 and not a 500.
        if (code == 0 && int.TryParse(RouteData.Values["code"]?.ToString(), out var routed)) code = routed;
        // A direct visit to /error/404 answers 404 too; codes outside 4xx/5xx are shown as a generic 500.
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
        (Heading, Advice) = Code switch
        {
            400 => ("提交的内容无法识别", "内容中可能含有无法识别的控制字符,请删除后重新提交。"),
            404 => ("您访问的页面不存在", "页面可能已被删除、更名或暂时不可用,请检查网址是否正确。"),
            403 => ("您没有权限访问此页面", "如需访问,请联系本单位管理员开通权限。"),
            500 => ("服务器开小差了,请稍后再试", "我们已记录此问题,请稍后刷新页面。"),
            429 => ("访问过于频繁,请稍后再试", "请稍等片刻后再提交。"),
            413 => ("提交的内容过大", "文件或内容超过了允许的大小,未作处理。请压缩或分批后重新提交。"),
            _ => ("请求未能完成", "请返回首页后重试。"),
        };
    }
}
