using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.ApiAccess;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> e)
    {
        e.Property(t => t.Name).HasMaxLength(100);
        e.Property(t => t.Prefix).HasMaxLength(16);
        e.Property(t => t.TokenHash).HasMaxLength(64);
        e.HasIndex(t => t.TokenHash).IsUnique();
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(t => t.Scopes).HasMaxLength(200);
        e.Property(t => t.CreatedByUserId).HasMaxLength(450);
        e.Property(t => t.RevokedByUserId).HasMaxLength(450);
        e.HasIndex(t => t.UserId);
        e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(t => t.OrgUnit).WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiIdempotencyRecordConfiguration : IEntityTypeConfiguration<ApiIdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<ApiIdempotencyRecord> e)
    {
        e.Property(r => r.Key).HasMaxLength(100);
        e.Property(r => r.Operation).HasMaxLength(100);
        e.Property(r => r.RequestHash).HasMaxLength(64);
        e.Property(r => r.Location).HasMaxLength(200);
        e.HasIndex(r => new { r.TokenId, r.Key }).IsUnique();
        e.HasIndex(r => r.CreatedAt);
        e.HasOne<ApiToken>().WithMany().HasForeignKey(r => r.TokenId).OnDelete(DeleteBehavior.Cascade);
    }
}
