using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CouncilDecisions.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDecisionsDbContext>
{
    public SqliteDecisionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDecisionsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context and script migrations with no server present.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDecisionsDbContext>
{
    public SqlServerDecisionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDecisionsDbContext>()
            .UseSqlServer("Server=(placeholder);Database=CouncilDecisions;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
