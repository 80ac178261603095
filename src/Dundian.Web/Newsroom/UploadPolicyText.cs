using Dundian.Core.Uploads;

namespace Dundian.Web.Newsroom;

public static class UploadPolicyText
{
    /// <summary>"jpg、png…,不超过 5 MB" next to a file picker.</summary>
    public static string Of(UploadPolicy policy) =>
        string.Join("、", policy.Types.Keys.Select(k => k.TrimStart('.'))) + ",不超过 " + policy.MaxSizeText;
}
