using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Projects;

internal sealed class PracticalProjectConfiguration : IEntityTypeConfiguration<PracticalProject>
{
    public void Configure(EntityTypeBuilder<PracticalProject> e)
    {
        e.Ignore(p => p.FundsYuan);
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.VillagePath).HasMaxLength(400);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(p => new { p.CampaignId, p.VillagePath }).HasOperators("int4_ops", "varchar_pattern_ops"); // see FieldLogConfiguration
        e.HasIndex(p => p.VillagePath).HasOperators("varchar_pattern_ops");
        e.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.Village).WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> e)
    {
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.VillagePath).HasMaxLength(400);
        e.HasIndex(p => new { p.CampaignId, p.VillagePath }).HasOperators("int4_ops", "varchar_pattern_ops"); // see FieldLogConfiguration
        e.HasIndex(p => p.VillagePath).HasOperators("varchar_pattern_ops");
        e.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.Village).WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
