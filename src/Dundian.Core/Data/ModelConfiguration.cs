using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Content;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Data;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> e)
    {
        e.Property(u => u.Name).HasMaxLength(100);
        e.Property(u => u.Path).HasMaxLength(400);
        e.Property(u => u.DivisionCode).HasMaxLength(12);
        e.Property(u => u.RuralUrbanCode).HasMaxLength(3);
        e.HasIndex(u => u.DivisionCode).IsUnique(); // NULLs do not collide on either provider
        e.HasIndex(u => u.Name); // the tree's search box
        e.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(u => u.Path).HasOperators("varchar_pattern_ops"); // prefix (subtree) queries on PostgreSQL
        e.HasIndex(u => u.ParentId);
        e.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e) => e.Property(u => u.DisplayName).HasMaxLength(50);
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> e)
    {
        e.Property(g => g.Role).HasConversion<string>().HasMaxLength(32);
        e.HasIndex(g => new { g.UserId, g.Role, g.OrgUnitId }).IsUnique();
        e.HasOne(g => g.User).WithMany(u => u.Grants).HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(g => g.OrgUnit).WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(a => a.Action).HasMaxLength(40);
        e.Property(a => a.UserName).HasMaxLength(256);
        e.Property(a => a.UserId).HasMaxLength(450);
        e.Property(a => a.IpAddress).HasMaxLength(64);
        e.Property(a => a.EntityType).HasMaxLength(100);
        e.Property(a => a.EntityKey).HasMaxLength(200);
        e.HasIndex(a => a.At);
        e.HasIndex(a => a.UserId);
    }
}

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> e)
    {
        e.Property(c => c.Slug).HasMaxLength(50);
        e.Property(c => c.Name).HasMaxLength(50);
        e.HasIndex(c => c.Slug).IsUnique();
        e.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> e)
    {
        e.Property(a => a.Title).HasMaxLength(200);
        e.Property(a => a.Source).HasMaxLength(100);
        e.Property(a => a.Author).HasMaxLength(100);
        e.Property(a => a.Summary).HasMaxLength(500);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(a => new { a.ChannelId, a.Status, a.PublishedAt });
        e.HasOne(a => a.Channel).WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Restrict);
    }
}
