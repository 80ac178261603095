using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Content;

internal sealed class ArticleReviewStepConfiguration : IEntityTypeConfiguration<ArticleReviewStep>
{
    public void Configure(EntityTypeBuilder<ArticleReviewStep> e)
    {
        e.Property(s => s.ReviewerId).HasMaxLength(450);
        e.Property(s => s.ReviewerName).HasMaxLength(256);
        e.Property(s => s.Reason).HasMaxLength(1000);
        e.Property(s => s.Decision).HasConversion<string>().HasMaxLength(16);
        e.HasOne<Article>().WithMany(a => a.ReviewSteps).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelReviewerConfiguration : IEntityTypeConfiguration<ChannelReviewer>
{
    public void Configure(EntityTypeBuilder<ChannelReviewer> e)
    {
        e.Property(r => r.UserId).HasMaxLength(450);
        e.HasIndex(r => new { r.ChannelId, r.Level, r.UserId }).IsUnique();
        e.HasOne<Channel>().WithMany().HasForeignKey(r => r.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
