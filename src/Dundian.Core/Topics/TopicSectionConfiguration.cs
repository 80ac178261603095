using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Topics;

internal sealed class TopicSectionConfiguration : IEntityTypeConfiguration<TopicSection>
{
    public void Configure(EntityTypeBuilder<TopicSection> b)
    {
        b.Property(s => s.Heading).HasMaxLength(60);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.PickedArticleIds).HasMaxLength(400);
        b.HasIndex(s => new { s.TopicId, s.SortOrder });
    }
}
