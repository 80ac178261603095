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
    /// <summary>Folder for uploaded files; default {DataDirectory}/uploads. Several nodes point it at one shared folder.</summary>
    public string? UploadsDirectory { get; set; }

    /// <summary>The uploads folder in use (absolute when <see cref="DataDirectory"/> is).</summary>
    public string UploadsRoot => string.IsNullOrWhiteSpace(UploadsDirectory)
        ? Path.Combine(DataDirectory, "uploads")
        : Path.GetFullPath(UploadsDirectory, DataDirectory);

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
