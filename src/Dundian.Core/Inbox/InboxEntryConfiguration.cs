using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Inbox;

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntry>
{
    public void Configure(EntityTypeBuilder<InboxEntry> e)
    {
        e.Ignore(x => x.IsRead);
        e.Property(x => x.RecipientUserId).HasMaxLength(450);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(2000);
        e.Property(x => x.Link).HasMaxLength(200);
        // The unread count in the staff menu is read on every page: (recipient, read) answers it from the index.
        e.HasIndex(x => new { x.RecipientUserId, x.ReadAt });
        // Two nodes escalating at once cannot both notify: the second insert fails and its run is rolled back.
        e.HasIndex(x => new { x.ConcernId, x.EscalationLevel, x.RecipientUserId }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}
