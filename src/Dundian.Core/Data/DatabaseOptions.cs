namespace Dundian.Core.Data;

/// <summary>Configuration section "Database".</summary>
public class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default, embedded) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    /// <summary>For PostgreSQL: an Npgsql connection string. For SQLite: optional; defaults to {DataDirectory}/dundian.db.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Folder for the SQLite file, uploads and the search index.</summary>
    public string DataDirectory { get; set; } = "data";
    /// <summary>Load the Xiangshan demo campaign into an empty database at start.</summary>
    public bool SeedDemoData { get; set; } = true;

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
