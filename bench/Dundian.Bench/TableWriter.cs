using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dundian.Bench;

/// <summary>
/// Bulk insert of rows with explicit ids, bypassing EF: SQLite reuses one prepared INSERT inside a transaction,
/// PostgreSQL streams binary COPY. Column names are the EF model's (see the Initial migrations).
/// </summary>
public abstract class TableWriter
{
    public abstract Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows);

    public static TableWriter For(DbConnection connection) => connection switch
    {
        SqliteConnection s => new SqliteWriter(s),
        NpgsqlConnection p => new PostgresWriter(p),
        _ => throw new ArgumentException("unknown connection type"),
    };

    /// <summary>Only enumerates the rows (the generator's side effects recompute the expected figures).</summary>
    public static TableWriter Dry() => new DryWriter();

    private sealed class DryWriter : TableWriter
    {
        public override Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            foreach (var _ in rows) { }
            return Task.CompletedTask;
        }
    }

    private sealed class SqliteWriter(SqliteConnection conn) : TableWriter
    {
        public override async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
            await using var tx = conn.BeginTransaction();
            await using var cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({values})";
            var ps = columns.Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            cmd.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < ps.Length; i++) ps[i].Value = row[i] ?? DBNull.Value;
                cmd.ExecuteNonQuery();
            }
            await tx.CommitAsync();
        }
    }

    private sealed class PostgresWriter(NpgsqlConnection conn) : TableWriter
    {
        public override async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            await using (var importer = await conn.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)"))
            {
                importer.Timeout = TimeSpan.FromHours(1); // finishing a 1M-row COPY (index upkeep) takes longer than 30 s
                foreach (var row in rows) await importer.WriteRowAsync(default, row);
                await importer.CompleteAsync();
            }
            // Explicit ids bypass the identity sequence; move it past them so EF's next insert gets a fresh id.
            await using var cmd = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table}\"))", conn);
            await cmd.ExecuteScalarAsync();
        }
    }
}
