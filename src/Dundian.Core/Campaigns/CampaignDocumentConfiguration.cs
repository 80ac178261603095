using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Campaigns;

internal sealed class CampaignDocumentConfiguration : IEntityTypeConfiguration<CampaignDocument>
{
    public void Configure(EntityTypeBuilder<CampaignDocument> e)
    {
        e.Property(d => d.Title).HasMaxLength(200);
        e.Property(d => d.Reference).HasMaxLength(100);
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        e.HasIndex(d => d.CampaignId);
        e.HasOne(d => d.Campaign).WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignDocumentAttachmentConfiguration : IEntityTypeConfiguration<CampaignDocumentAttachment>
{
    public void Configure(EntityTypeBuilder<CampaignDocumentAttachment> e)
    {
        e.HasIndex(a => a.StoredFileId).IsUnique();
        e.HasOne(a => a.StoredFile).WithMany().HasForeignKey(a => a.StoredFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
