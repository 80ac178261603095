using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dundian.Core.Cluster;

internal sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> e)
    {
        e.Property(x => x.Kind).HasMaxLength(40);
        // Pruning deletes by age.
        e.HasIndex(x => x.CreatedAt);
    }
}
