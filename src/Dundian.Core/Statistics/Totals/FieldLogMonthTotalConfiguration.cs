using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Statistics.Totals;

internal sealed class FieldLogMonthTotalConfiguration : IEntityTypeConfiguration<FieldLogMonthTotal>
{
    public void Configure(EntityTypeBuilder<FieldLogMonthTotal> e)
    {
        e.ToTable(FieldLogMonthTotalsWriter.Table);
        e.HasKey(t => new { t.ParticipantId, t.CampaignId, t.Month });
        e.Property(t => t.SpanPath).HasMaxLength(400);
        // Period roll-ups select by campaign, month range and span-path prefix (see FieldLogTotalConfiguration).
        e.HasIndex(t => new { t.CampaignId, t.Month, t.SpanPath }).HasOperators("int4_ops", "date_ops", "varchar_pattern_ops");
        e.HasIndex(t => new { t.Month, t.SpanPath }).HasOperators("date_ops", "varchar_pattern_ops");
        e.HasOne(t => t.Participant).WithMany().HasForeignKey(t => t.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(t => t.Campaign).WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
