using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Org;

internal sealed class OrgUnitSuccessionConfiguration : IEntityTypeConfiguration<OrgUnitSuccession>
{
    public void Configure(EntityTypeBuilder<OrgUnitSuccession> e)
    {
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        e.HasIndex(s => s.SuccessorId);
        e.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
