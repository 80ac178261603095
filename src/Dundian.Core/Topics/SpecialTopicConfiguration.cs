using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Topics;

internal sealed class SpecialTopicConfiguration : IEntityTypeConfiguration<SpecialTopic>
{
    public void Configure(EntityTypeBuilder<SpecialTopic> b)
    {
        b.Property(t => t.Slug).HasMaxLength(60);
        b.HasIndex(t => t.Slug).IsUnique();
        b.Property(t => t.IsPublished);
        b.Property(t => t.Title).HasMaxLength(100);
        b.Property(t => t.Intro).HasMaxLength(2000);
        b.Property(t => t.BannerAlt).HasMaxLength(200);
        b.HasOne(t => t.OwnerUnit).WithMany().HasForeignKey(t => t.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.BannerFile).WithMany().HasForeignKey(t => t.BannerFileId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(t => t.Sections).WithOne(s => s.Topic).HasForeignKey(s => s.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
