using System.Data.Common;
using Dundian.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Dundian.Bench;

/// <summary>Creates the bench database with the real migrations and opens raw connections for the bulk load.</summary>
public sealed class BenchDatabase(BenchOptions options)
{
    private const string PostgresName = "dundian_bench";
    private readonly string sqlitePath = options.Connection ?? "/tmp/dundian-bench/dundian-bench.db";

    public DatabaseOptions Options => options.IsPostgres
        ? new DatabaseOptions { Provider = "Postgres", ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = PostgresName }.ConnectionString }
        : new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={sqlitePath};Pooling=True" };

    private string Server => options.Connection ?? Environment.GetEnvironmentVariable("DUNDIAN_BENCH_POSTGRES")
        ?? throw new InvalidOperationException("PostgreSQL needs --connection or DUNDIAN_BENCH_POSTGRES (bench/run.sh sets it).");

    public DbContextOptions<DundianDbContext> ContextOptions(Action<string>? sqlLog = null)
    {
        var b = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(b, Options);
        if (sqlLog is not null) b.LogTo(sqlLog, [RelationalEventId.CommandExecuted]);
        return b.Options;
    }

    public async Task CreateAsync()
    {
        if (options.IsPostgres)
        {
            await using var conn = new NpgsqlConnection(Server);
            await conn.OpenAsync();
            await Exec(conn, $"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)");
            await Exec(conn, $"CREATE DATABASE \"{PostgresName}\" ENCODING 'UTF8'");
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sqlitePath))!);
            foreach (var f in new[] { "", "-wal", "-shm" }) File.Delete(sqlitePath + f);
        }
        await using var db = new DundianDbContext(ContextOptions());
        await db.Database.MigrateAsync();
    }

    /// <summary>A raw connection tuned for loading: SQLite WAL, synchronous OFF, no FK checks during the load.</summary>
    public async Task<DbConnection> OpenForLoadAsync()
    {
        if (options.IsPostgres)
        {
            var pg = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Options.ConnectionString) { CommandTimeout = 0 }.ConnectionString);
            await pg.OpenAsync();
            return pg;
        }
        var conn = new SqliteConnection($"Data Source={sqlitePath};Pooling=False");
        await conn.OpenAsync();
        await Exec(conn, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;");
        return conn;
    }

    /// <summary>Statistics for the planner after the load (autovacuum / a maintenance ANALYZE would do the same in production).</summary>
    public async Task AnalyzeAsync(DbConnection conn) =>
        await Exec(conn, options.IsPostgres ? "VACUUM ANALYZE" : "PRAGMA synchronous=NORMAL; ANALYZE;");

    public async Task<string> VersionAsync(DbConnection conn)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = options.IsPostgres ? "SELECT version()" : "SELECT 'SQLite ' || sqlite_version()";
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    public static async Task Exec(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync();
    }
}
