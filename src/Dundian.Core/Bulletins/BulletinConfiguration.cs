using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Bulletins;

internal sealed class BulletinSeriesConfiguration : IEntityTypeConfiguration<BulletinSeries>
{
    public void Configure(EntityTypeBuilder<BulletinSeries> e)
    {
        e.Property(s => s.Name).HasMaxLength(100);
        e.Property(s => s.IssuingUnit).HasMaxLength(100);
        // The counter: an issue that read an older value updates no row and fails (see BulletinSeries).
        e.Property(s => s.LastNumber).IsConcurrencyToken();
        e.HasIndex(s => new { s.CampaignId, s.Name }).IsUnique();
        e.HasOne(s => s.Campaign).WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> e)
    {
        e.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        e.Ignore(b => b.IsPublic);
        e.Property(b => b.Title).HasMaxLength(200);
        e.Property(b => b.StatisticsTemplate).HasMaxLength(4000);
        e.Property(b => b.StatisticsText).HasMaxLength(4000);
        foreach (var p in new[] { nameof(Bulletin.Editor), nameof(Bulletin.Signer) }) e.Property(p).HasMaxLength(50);
        foreach (var p in new[] { nameof(Bulletin.ReportTo), nameof(Bulletin.SendTo), nameof(Bulletin.DistributeTo) })
            e.Property(p).HasMaxLength(500);
        e.Property(b => b.ReturnReason).HasMaxLength(500);
        e.Property(b => b.WithdrawReason).HasMaxLength(500);
        // The last line of defence for 第N期: even a bug in the counter cannot print one number twice.
        e.HasIndex(b => new { b.SeriesId, b.Number }).IsUnique();
        e.HasOne(b => b.Series).WithMany().HasForeignKey(b => b.SeriesId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(b => b.Corrects).WithMany().HasForeignKey(b => b.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BulletinId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(b => b.Figures).WithOne().HasForeignKey(f => f.BulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BulletinItemConfiguration : IEntityTypeConfiguration<BulletinItem>
{
    public void Configure(EntityTypeBuilder<BulletinItem> e)
    {
        e.Property(i => i.Heading).HasMaxLength(200);
        e.Property(i => i.Byline).HasMaxLength(200);
        e.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class BulletinFigureConfiguration : IEntityTypeConfiguration<BulletinFigure>
{
    public void Configure(EntityTypeBuilder<BulletinFigure> e)
    {
        e.Property(f => f.IndicatorKey).HasMaxLength(64);
        e.Property(f => f.Label).HasMaxLength(100);
        e.Property(f => f.Unit).HasMaxLength(16);
        e.Property(f => f.DisplayValue).HasMaxLength(32);
        e.Property(f => f.DisplayUnit).HasMaxLength(16);
        e.Property(f => f.FilterJson).HasMaxLength(2000);
        e.Property(f => f.Value).HasPrecision(18, 2);
        e.HasIndex(f => new { f.BulletinId, f.IndicatorKey }).IsUnique();
        e.Ignore(f => f.Filter);
        e.Ignore(f => f.Records);
    }
}
