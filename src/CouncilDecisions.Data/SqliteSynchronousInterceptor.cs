using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilDecisions.Data;

/// <summary>
/// Sets <c>PRAGMA synchronous</c> whenever EF opens a SQLite connection: the setting belongs to the connection, not
/// the file, and Microsoft.Data.Sqlite has no connection-string keyword for it.
/// </summary>
/// <remarks>
/// <c>NORMAL</c> is only safe in WAL mode, which <see cref="DatabaseInitializer"/> puts every SQLite file into (the mode
/// is stored in the file). In WAL mode a commit with <c>NORMAL</c> is still atomic and never corrupts the file; it is
/// written to the log without waiting for the disk, so the last commits before a power cut may be lost
/// (docs/decisions/0006-sqlite-synchronous-normal.md).
/// </remarks>
public sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    private readonly string _pragma;

    private SqliteSynchronousInterceptor(string value)
    {
        _pragma = "PRAGMA synchronous=" + value + ";";
    }

    public static SqliteSynchronousInterceptor Normal { get; } = new("NORMAL");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
