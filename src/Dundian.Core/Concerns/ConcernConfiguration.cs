using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Concerns;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> e)
    {
        e.Property(c => c.TrackingNumber).HasMaxLength(32);
        e.HasIndex(c => c.TrackingNumber).IsUnique();
        e.Property(c => c.QueryCodeHash).HasMaxLength(64);
        e.Property(c => c.Description).HasMaxLength(2000);
        e.Property(c => c.ReporterName).HasMaxLength(50);
        e.Property(c => c.ReporterPhone).HasMaxLength(20);
        e.Property(c => c.Location).HasMaxLength(200);
        e.Property(c => c.ExternalNumber).HasMaxLength(Concern.MaxExternalNumber);
        e.HasIndex(c => c.ExternalNumber).IsUnique();
        e.Property(c => c.Result).HasMaxLength(2000);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Satisfaction).HasConversion<string>().HasMaxLength(24);
        e.HasIndex(c => new { c.Status, c.DueAt });
        e.HasIndex(c => new { c.VillageId, c.CategoryId });
        e.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.Village).WithMany().HasForeignKey(c => c.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.AssignedUnit).WithMany().HasForeignKey(c => c.AssignedUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Events).WithOne().HasForeignKey(ev => ev.ConcernId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Photos).WithOne().HasForeignKey(p => p.ConcernId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Dundian.Core.FieldWork.FieldLog>().WithMany().HasForeignKey(c => c.FieldLogId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => c.FieldLogId);
    }
}

internal sealed class ConcernEventConfiguration : IEntityTypeConfiguration<ConcernEvent>
{
    public void Configure(EntityTypeBuilder<ConcernEvent> e)
    {
        e.Property(ev => ev.Kind).HasConversion<string>().HasMaxLength(24);
        e.Property(ev => ev.StatusAfter).HasConversion<string>().HasMaxLength(16);
        e.Property(ev => ev.Actor).HasMaxLength(256);
        e.Property(ev => ev.Note).HasMaxLength(2000);
        e.HasIndex(ev => new { ev.ConcernId, ev.At });
    }
}

internal sealed class ConcernCategoryConfiguration : IEntityTypeConfiguration<ConcernCategory>
{
    public void Configure(EntityTypeBuilder<ConcernCategory> e)
    {
        e.Property(c => c.Code).HasMaxLength(32);
        e.Property(c => c.Name).HasMaxLength(50);
        e.Property(c => c.Description).HasMaxLength(500);
        e.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class ConcernPhotoConfiguration : IEntityTypeConfiguration<ConcernPhoto>
{
    public void Configure(EntityTypeBuilder<ConcernPhoto> e)
    {
        e.HasOne(p => p.File).WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.ConcernId, p.SortOrder });
    }
}
