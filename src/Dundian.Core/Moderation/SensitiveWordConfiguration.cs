using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Moderation;

internal sealed class SensitiveWordConfiguration : IEntityTypeConfiguration<SensitiveWord>
{
    public void Configure(EntityTypeBuilder<SensitiveWord> e)
    {
        e.Property(w => w.Word).HasMaxLength(50);
        e.Property(w => w.Category).HasMaxLength(20);
        e.HasIndex(w => w.Word).IsUnique();
    }
}
