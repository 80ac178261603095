using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Statistics.Totals;

internal sealed class FieldLogTotalConfiguration : IEntityTypeConfiguration<FieldLogTotal>
{
    public void Configure(EntityTypeBuilder<FieldLogTotal> e)
    {
        e.ToTable(FieldLogTotalsWriter.Table);
        e.HasKey(t => new { t.ParticipantId, t.CampaignId });
        e.Property(t => t.SpanPath).HasMaxLength(400);
        // Roll-ups select by campaign and span-path prefix (and by span path equal to an ancestor of the unit).
        // PostgreSQL: pattern operator classes so LIKE 'prefix%' is an index range (see FieldLogConfiguration).
        e.HasIndex(t => new { t.CampaignId, t.SpanPath }).HasOperators("int4_ops", "varchar_pattern_ops");
        e.HasIndex(t => t.SpanPath).HasOperators("varchar_pattern_ops");
        e.HasOne(t => t.Participant).WithMany().HasForeignKey(t => t.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(t => t.Campaign).WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
