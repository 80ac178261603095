using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Submissions;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(s => s.Title).HasMaxLength(Submission.MaxTitle);
        b.Property(s => s.Text).HasMaxLength(Submission.MaxText);
        b.Property(s => s.UnitPath).HasMaxLength(400);
        b.Property(s => s.SubmitterId).HasMaxLength(450);
        b.Property(s => s.SubmitterName).HasMaxLength(100);
        b.Property(s => s.DecidedByName).HasMaxLength(100);
        b.Property(s => s.DeclineReason).HasMaxLength(Submission.MaxReason);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(s => new { s.Status, s.DecidedAt });
        b.HasIndex(s => s.UnitPath);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Channel).WithMany().HasForeignKey(s => s.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
