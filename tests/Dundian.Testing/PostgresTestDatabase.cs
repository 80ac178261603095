using Dundian.Core.Data;
using Npgsql;

namespace Dundian.Testing;

/// <summary>
/// A database of its own on the PostgreSQL server that ./scripts/test.sh starts on loopback
/// (connection string in DUNDIAN_TEST_POSTGRES). Without that server the tests fail; they are never skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "DUNDIAN_TEST_POSTGRES";

    private readonly string server = Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set: run the tests with ./scripts/test.sh, which starts PostgreSQL.");
    private readonly string name = "dundian_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string folder = Directory.CreateTempSubdirectory("dundian-test-pg-").FullName;

    public override string Provider => "Postgres";

    public override DatabaseOptions Options => new()
    {
        Provider = "Postgres", DataDirectory = folder,
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
    };

    public override async Task CreateAsync()
    {
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
