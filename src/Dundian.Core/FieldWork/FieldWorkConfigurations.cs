using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.FieldWork;

internal sealed class FieldLogConfiguration : IEntityTypeConfiguration<FieldLog>
{
    public void Configure(EntityTypeBuilder<FieldLog> e)
    {
        e.Ignore(l => l.ConsolationAmountYuan);
        e.Ignore(l => l.Days);
        e.Property(l => l.VillagePath).HasMaxLength(400);
        e.Property(l => l.Location).HasMaxLength(200);
        e.Property(l => l.Notes).HasMaxLength(4000);
        e.Property(l => l.CreatedByUserId).HasMaxLength(450);
        // Roll-ups filter by campaign and village-path prefix; stationed days read (participant, start, end) in order.
        // PostgreSQL: pattern operator classes so LIKE '/1/4/%' is an index range under any database collation
        // (SQLite ignores them and is given a range instead, see PathPrefix).
        e.HasIndex(l => new { l.CampaignId, l.VillagePath }).HasOperators("int4_ops", "varchar_pattern_ops");
        e.HasIndex(l => l.VillagePath).HasOperators("varchar_pattern_ops");
        e.HasIndex(l => new { l.ParticipantId, l.StartDate, l.EndDate });
        e.HasOne(l => l.Campaign).WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(l => l.Participant).WithMany().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(l => l.Village).WithMany().HasForeignKey(l => l.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(l => l.HouseholdVisits).WithOne(v => v.FieldLog).HasForeignKey(v => v.FieldLogId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> e)
    {
        e.Property(h => h.HeadName).HasMaxLength(50);
        e.Property(h => h.Phone).HasMaxLength(30);
        e.Property(h => h.Situation).HasMaxLength(2000);
        e.Property(h => h.HelpGiven).HasMaxLength(2000);
        e.Property(h => h.IdNumber).HasMaxLength(18);
        e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(HardshipKind.Other);
        e.HasIndex(h => h.VillageId);
        e.HasOne(h => h.Village).WithMany().HasForeignKey(h => h.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(h => h.Visits).WithOne(v => v.Household).HasForeignKey(v => v.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FieldNoteConfiguration : IEntityTypeConfiguration<FieldNote>
{
    public void Configure(EntityTypeBuilder<FieldNote> e) => WritingColumns.Configure(e);
}

internal sealed class ResearchReportConfiguration : IEntityTypeConfiguration<ResearchReport>
{
    public void Configure(EntityTypeBuilder<ResearchReport> e) => WritingColumns.Configure(e);
}

internal static class WritingColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> e) where T : ReviewedWriting
    {
        e.Property(w => w.Title).HasMaxLength(200);
        e.Property(w => w.ReturnReason).HasMaxLength(1000);
        e.Property(w => w.VillagePath).HasMaxLength(400);
        e.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(w => new { w.CampaignId, w.Status });
        e.HasIndex(w => w.AuthorId);
        e.HasIndex(w => w.VillagePath).HasOperators("varchar_pattern_ops"); // see FieldLogConfiguration
        e.HasOne(w => w.Campaign).WithMany().HasForeignKey(w => w.CampaignId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(w => w.Author).WithMany().HasForeignKey(w => w.AuthorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(w => w.Village).WithMany().HasForeignKey(w => w.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HouseholdVisitConfiguration : IEntityTypeConfiguration<HouseholdVisit>
{
    public void Configure(EntityTypeBuilder<HouseholdVisit> e)
    {
        e.Property(v => v.Visitors).HasMaxLength(200);
        e.Property(v => v.Notes).HasMaxLength(2000);
        e.Property(v => v.CreatedByUserId).HasMaxLength(450);
    }
}
