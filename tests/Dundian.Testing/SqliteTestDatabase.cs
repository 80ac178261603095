using Dundian.Core.Data;
using Microsoft.Data.Sqlite;

namespace Dundian.Testing;

/// <summary>A SQLite file in its own temporary folder (which also serves as the app's data folder).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("dundian-test-").FullName;

    public override string Provider => "Sqlite";
    public override DatabaseOptions Options => new() { Provider = "Sqlite", DataDirectory = folder };

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* best effort on a temp folder */ }
        return ValueTask.CompletedTask;
    }
}
