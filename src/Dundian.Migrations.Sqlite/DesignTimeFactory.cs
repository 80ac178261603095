using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dundian.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite without the web host.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<DundianDbContext>
{
    public DundianDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { ConnectionString = "Data Source=design.db" });
        return new DundianDbContext(options.Options);
    }
}
