using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Uploads;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> e)
    {
        e.Property(f => f.FileName).HasMaxLength(200);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.StoragePath).HasMaxLength(100);
        e.Property(f => f.ScopePath).HasMaxLength(400);
        e.Property(f => f.AltText).HasMaxLength(200);
        e.Property(f => f.UploadedById).HasMaxLength(450);
    }
}
