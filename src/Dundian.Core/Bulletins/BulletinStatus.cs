namespace Dundian.Core.Bulletins;

/// <summary>草稿 → 待签发 (送审; 退回 goes back to 草稿) → 已签发 → 已印发 (numbered, frozen) → 已撤回 (keeps its number).</summary>
public enum BulletinStatus
{
    Draft = 1,
    InReview = 2,
    Signed = 3,
    Issued = 4,
    Withdrawn = 5,
}
