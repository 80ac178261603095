using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.HomePage;

internal sealed class FriendLinkConfiguration : IEntityTypeConfiguration<FriendLink>
{
    public void Configure(EntityTypeBuilder<FriendLink> b)
    {
        b.Property(l => l.Name).HasMaxLength(FriendLink.MaxName);
        b.Property(l => l.Url).HasMaxLength(FriendLink.MaxUrl);
    }
}
