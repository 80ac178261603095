using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Theme).HasMaxLength(200);
        e.Property(c => c.Slogan).HasMaxLength(200);
        e.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Requirements).HasMaxLength(4000);
        e.Property(c => c.TimeRequirement).HasMaxLength(2000);
        e.Property(c => c.ContentRequirement).HasMaxLength(2000);
        e.Property(c => c.DisciplineRequirement).HasMaxLength(2000);
        e.Property(c => c.SixOnesDuties).HasMaxLength(2000);
        e.HasOne(c => c.OrgUnit).WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Activities).WithOne().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignActivityConfiguration : IEntityTypeConfiguration<CampaignActivity>
{
    public void Configure(EntityTypeBuilder<CampaignActivity> e)
    {
        e.Property(a => a.Name).HasMaxLength(100);
        e.Property(a => a.Description).HasMaxLength(1000);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> e)
    {
        e.Property(p => p.Name).HasMaxLength(50);
        e.Property(p => p.Title).HasMaxLength(100);
        e.Property(p => p.Unit).HasMaxLength(100);
        e.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        e.HasIndex(p => new { p.CampaignId, p.GroupId });
        e.HasIndex(p => p.UserId);
        e.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(p => p.Group).WithMany(g => g.Members).HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResearchGroupConfiguration : IEntityTypeConfiguration<ResearchGroup>
{
    public void Configure(EntityTypeBuilder<ResearchGroup> e)
    {
        e.Property(g => g.Name).HasMaxLength(100);
        e.HasIndex(g => g.CampaignId);
        e.HasOne(g => g.Campaign).WithMany().HasForeignKey(g => g.CampaignId).OnDelete(DeleteBehavior.Restrict);
        // The leader is also a member (Participant.GroupId): the two keys form a cycle, so a new group is saved
        // with its members first and gets its leader in a second save.
        e.HasOne(g => g.Leader).WithMany().HasForeignKey(g => g.LeaderId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(g => g.LiaisonVillages).WithOne(l => l.Group).HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiaisonVillageConfiguration : IEntityTypeConfiguration<LiaisonVillage>
{
    public void Configure(EntityTypeBuilder<LiaisonVillage> e)
    {
        e.HasIndex(l => new { l.GroupId, l.VillageId });
        e.HasOne(l => l.Village).WithMany().HasForeignKey(l => l.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResearchTopicConfiguration : IEntityTypeConfiguration<ResearchTopic>
{
    public void Configure(EntityTypeBuilder<ResearchTopic> e)
    {
        e.Property(t => t.Title).HasMaxLength(200);
        e.Property(t => t.Summary).HasMaxLength(2000);
        e.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(t => t.CampaignId);
        e.HasOne(t => t.Campaign).WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Participant).WithMany().HasForeignKey(t => t.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Group).WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Report).WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.SetNull);
    }
}
