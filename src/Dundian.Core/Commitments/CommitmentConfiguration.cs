using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Commitments;

internal sealed class PublicCommitmentConfiguration : IEntityTypeConfiguration<PublicCommitment>
{
    public void Configure(EntityTypeBuilder<PublicCommitment> e)
    {
        e.Property(c => c.Title).HasMaxLength(PublicCommitment.MaxTitle);
        e.Property(c => c.Content).HasMaxLength(PublicCommitment.MaxContent);
        e.Property(c => c.MadeBy).HasMaxLength(50);
        e.Property(c => c.MadeByTitle).HasMaxLength(100);
        e.Property(c => c.Outcome).HasMaxLength(PublicCommitment.MaxText);
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(c => new { c.Status, c.Deadline });
        e.HasOne(c => c.OwnerUnit).WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Updates).WithOne().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Verdicts).WithOne().HasForeignKey(v => v.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentMilestoneConfiguration : IEntityTypeConfiguration<CommitmentMilestone>
{
    public void Configure(EntityTypeBuilder<CommitmentMilestone> e) => e.Property(m => m.Title).HasMaxLength(PublicCommitment.MaxTitle);
}

internal sealed class CommitmentProgressConfiguration : IEntityTypeConfiguration<CommitmentProgress>
{
    public void Configure(EntityTypeBuilder<CommitmentProgress> e) => e.Property(p => p.Text).HasMaxLength(PublicCommitment.MaxText);
}

internal sealed class CommitmentVerdictConfiguration : IEntityTypeConfiguration<CommitmentVerdict>
{
    public void Configure(EntityTypeBuilder<CommitmentVerdict> e)
    {
        e.Property(v => v.Verdict).HasConversion<string>().HasMaxLength(24);
        e.Property(v => v.Comment).HasMaxLength(500);
        e.Property(v => v.MaskedNickname).HasMaxLength(20);
    }
}
