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
        e.Property(p => p.Description).HasMaxLength(2000);
        e.HasMany(p => p.Funding).WithOne().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Progress).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectFundingConfiguration : IEntityTypeConfiguration<ProjectFunding>
{
    public void Configure(EntityTypeBuilder<ProjectFunding> e) => e.Property(f => f.Source).HasMaxLength(100);
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> e) => e.Property(m => m.Title).HasMaxLength(200);
}

internal sealed class ProjectProgressConfiguration : IEntityTypeConfiguration<ProjectProgress>
{
    public void Configure(EntityTypeBuilder<ProjectProgress> e)
    {
        e.Property(p => p.Note).HasMaxLength(2000);
        e.Property(p => p.Actor).HasMaxLength(256);
    }
}

internal sealed class DevelopmentPlanItemConfiguration : IEntityTypeConfiguration<DevelopmentPlanItem>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanItem> e) => e.Property(i => i.Text).HasMaxLength(500);
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
        e.Property(p => p.Summary).HasMaxLength(2000);
        e.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
