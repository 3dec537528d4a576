using CouncilDecisions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CouncilDecisions.IntegrationTests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Migrations_apply_to_an_empty_sqlite_database_and_create_every_table()
    {
        using var database = new SqliteDatabase();
        using var db = database.CreateContext();

        db.Database.Migrate();

        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in TableNames(db))
        {
            Assert.Contains(table, tables);
        }

        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void Sqlite_context_has_no_model_changes_missing_from_its_migrations()
    {
        using var database = new SqliteDatabase();
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add NAME --context SqliteDecisionsDbContext --output-dir Migrations/Sqlite");
    }

    [Fact]
    public void Sql_server_context_has_no_model_changes_missing_from_its_migrations()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add NAME --context SqlServerDecisionsDbContext --output-dir Migrations/SqlServer");
    }

    [Fact]
    public void Sql_server_migration_script_is_generated_without_a_server_and_creates_every_table()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in TableNames(db))
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("IX_Decisions_CouncilId_State_DecisionDate", script, StringComparison.Ordinal);
        Assert.Contains("IX_Meetings_BodyId_Date", script, StringComparison.Ordinal);
    }

    private static IEnumerable<string> TableNames(DbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null && !t.IsOwned())
            .Select(t => t.GetTableName()!)
            .Distinct(StringComparer.Ordinal);
}
