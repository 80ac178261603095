using Dundian.Core.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Content;

// The newsroom's columns on Article and Channel (their portal columns are configured in Data/ModelConfiguration.cs).
internal sealed class ArticleNewsroomConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> e)
    {
        e.Property(a => a.EditorName).HasMaxLength(100);
        e.Property(a => a.Tags).HasMaxLength(200);
        e.Property(a => a.CreatedById).HasMaxLength(450);
        e.Property(a => a.CreatedByName).HasMaxLength(256);
        e.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.CoverImageId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.VideoId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(a => new { a.Status, a.PendingLevel });
    }
}

internal sealed class ChannelNewsroomConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> e) =>
        e.Property(c => c.ListStyle).HasConversion<string>().HasMaxLength(16);
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> e)
    {
        e.Property(r => r.Title).HasMaxLength(200);
        e.Property(r => r.Summary).HasMaxLength(500);
        e.Property(r => r.SavedById).HasMaxLength(450);
        e.Property(r => r.SavedByName).HasMaxLength(256);
        e.Property(r => r.Note).HasMaxLength(100);
        e.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        e.HasOne<Article>().WithMany(a => a.Revisions).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> e)
    {
        e.HasOne<Article>().WithMany(a => a.Attachments).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.File).WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ArticleId, x.FileId }).IsUnique();
    }
}
