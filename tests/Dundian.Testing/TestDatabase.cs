using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Testing;

/// <summary>A fresh, empty database on one provider, removed when the test class is done.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }
    public abstract DatabaseOptions Options { get; }

    public static TestDatabase Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "Postgres" => new PostgresTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public virtual Task CreateAsync() => Task.CompletedTask;

    public DundianDbContext NewContext(Dundian.Core.Auditing.IAuditActor? actor = null)
    {
        var builder = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(builder, Options);
        return new DundianDbContext(builder.Options) { Actor = actor };
    }

    public abstract ValueTask DisposeAsync();
}
