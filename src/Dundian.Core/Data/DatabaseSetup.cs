using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data;

/// <summary>Points the DbContext at the configured provider and at that provider's migration set.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrations = "Dundian.Migrations.Sqlite";
    public const string PostgresMigrations = "Dundian.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions db)
    {
        if (db.IsPostgres)
        {
            var cs = db.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
            options.UseNpgsql(cs, o => o.MigrationsAssembly(PostgresMigrations));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(db), o => o.MigrationsAssembly(SqliteMigrations));
        }
        // Field-log totals are rewritten in the same transaction as every field-log write (no lag in the figures).
        options.AddInterceptors(Statistics.Totals.FieldLogTotalsInterceptor.Instance);
    }

    public static string SqliteConnectionString(DatabaseOptions db)
    {
        if (!string.IsNullOrWhiteSpace(db.ConnectionString)) return db.ConnectionString;
        Directory.CreateDirectory(db.DataDirectory);
        // No "Foreign Keys=True": it sends PRAGMA foreign_keys on every open of a pooled connection (a statement
        // prepared, run and finalized per query or page), and the bundled e_sqlite3 is compiled with
        // SQLITE_DEFAULT_FOREIGN_KEYS=1, which Microsoft.Data.Sqlite documents as making the pragma needless.
        // SqliteConnectionTests fails if a native library without that default is ever used.
        return $"Data Source={Path.Combine(db.DataDirectory, "dundian.db")};Pooling=True";
    }
}
