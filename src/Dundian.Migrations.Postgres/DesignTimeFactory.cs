using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dundian.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL; no server is contacted.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<DundianDbContext>
{
    public DundianDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = "Postgres", ConnectionString = "Host=localhost;Database=dundian_design" });
        return new DundianDbContext(options.Options);
    }
}
