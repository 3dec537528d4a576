using CouncilDecisions.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Data;

/// <summary>An in-memory SQLite database whose connection stays open for the test's lifetime.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:;Foreign Keys=True");

    public SqliteDatabase()
    {
        _connection.Open();
    }

    public SqliteConnection Connection => _connection;

    public SqliteDecisionsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteDecisionsDbContext>().UseSqlite(_connection).Options);

    public static SqliteDatabase Migrated()
    {
        var database = new SqliteDatabase();
        using var db = database.CreateContext();
        db.Database.Migrate();
        return database;
    }

    public void Dispose() => _connection.Dispose();
}
