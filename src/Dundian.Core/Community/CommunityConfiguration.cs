using Dundian.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Community;

/// <summary>Comments and board messages share one table (discriminator "Kind"), so one queue reads both.</summary>
internal sealed class CommunityPostConfiguration : IEntityTypeConfiguration<CommunityPost>
{
    public void Configure(EntityTypeBuilder<CommunityPost> e)
    {
        e.ToTable("CommunityPosts");
        e.HasDiscriminator<string>("Kind").HasValue<Comment>("Comment").HasValue<BoardMessage>("Message");
        e.Property("Kind").HasMaxLength(10);
        e.Property(p => p.Nickname).HasMaxLength(CommunityPost.MaxNickname);
        e.Property(p => p.Contact).HasMaxLength(CommunityPost.MaxContact);
        e.Property(p => p.Body).HasMaxLength(BoardMessage.MaxBody);
        e.Property(p => p.SensitiveHits).HasMaxLength(500);
        e.Property(p => p.ModeratedBy).HasMaxLength(256);
        e.Property(p => p.RejectReason).HasMaxLength(CommunityPost.MaxReason);
        e.Property(p => p.ReplyText).HasMaxLength(CommunityPost.MaxReply);
        e.Property(p => p.RepliedBy).HasMaxLength(256);
        e.HasOne(p => p.ReplyUnit).WithMany().HasForeignKey(p => p.ReplyUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.Status, p.CreatedAt });
        e.HasMany<PostReport>().WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> e)
    {
        e.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.ArticleId, c.Status });
    }
}

internal sealed class BoardMessageConfiguration : IEntityTypeConfiguration<BoardMessage>
{
    public void Configure(EntityTypeBuilder<BoardMessage> e) => e.Property(m => m.Subject).HasMaxLength(BoardMessage.MaxSubject);
}

internal sealed class PostReportConfiguration : IEntityTypeConfiguration<PostReport>
{
    public void Configure(EntityTypeBuilder<PostReport> e)
    {
        e.Property(r => r.ReporterKey).HasMaxLength(64);
        e.HasIndex(r => new { r.PostId, r.ReporterKey }).IsUnique();
    }
}
