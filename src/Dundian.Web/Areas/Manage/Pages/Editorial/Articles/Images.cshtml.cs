using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Accounts;
using Dundian.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Dundian.Core.Content;

namespace Dundian.Web.Areas.Manage.Pages.Articles;

/// <summary>
/// POST /manage/articles/images: the rich editor's image upload (multipart: file, alt). Answers JSON
/// {"url": "/files/…", "alt": "…"} or {"error": "中文说明"} with 400. Antiforgery: the editor sends the form's token in
/// the RequestVerificationToken header. Alt text is required here, so no image enters an article without one.
/// </summary>
// Above the 5 MB image limit, so FileStore gives its Chinese message; far larger bodies are cut off by the server (413).
[RequestSizeLimit(10L * 1024 * 1024)]
public class ImagesModel(DundianDbContext db, NewsroomAccess access, FileStore files) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? alt)
    {
        if (!await access.MayWriteAsync(User.Scope())) return Forbid();
        if (file is null || file.Length == 0) return Refuse("请选择要上传的图片。");
        alt = alt?.Trim();
        if (string.IsNullOrEmpty(alt)) return Refuse("请填写图片说明(替代文字),供视障读者了解图片内容。");
        if (alt.Length > 200) return Refuse("图片说明不能超过 200 个字。");
        try
        {
            await using var stream = file.OpenReadStream();
            // Public from the start, like the article's other media (see EditModel).
            var stored = await files.SaveAsync(stream, file.FileName, UploadPolicy.Images, isPublic: true, altText: alt);
            stored.UploadedById = User.Actor().UserId;
            await db.SaveChangesAsync();
            return new JsonResult(new { url = $"/files/{stored.Id}", alt });
        }
        catch (UploadRejectedException e)
        {
            return Refuse(e.Message);
        }
    }

    private static BadRequestObjectResult Refuse(string message) => new(new { error = message });
}
