using System.Collections;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CouncilDecisions.Data.Bulk;

/// <summary>
/// Inserts graphs of new entities without the change tracker, for the batch import (docs/decisions/0009-batch-import.md).
/// Everything comes from the EF model: which objects are entities (found through navigations from the roots given to
/// <see cref="Add"/>), their keys, foreign keys, tables, columns, and the type mappings EF itself binds parameters with,
/// so a row written here is stored exactly as <c>SaveChanges</c> would store it. Keys are assigned here, one past the
/// highest in each table: the caller's transaction holds SQLite's write lock, so no other writer can take them.
/// Objects passed to <see cref="Existing"/> (records read from the database) are referenced, never written.
/// </summary>
public sealed class SqliteBulkInsert
{
    private readonly DecisionsDbContext _db;
    private readonly HashSet<object> _existing = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IEntityType, List<object>> _pending = [];
    private readonly List<object> _roots = [];
    private readonly Dictionary<string, long> _lastKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<IEntityType, TableShape> _shapes = [];

    public SqliteBulkInsert(DecisionsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("The bulk insert is written for SQLite; other providers save through the change tracker.");
        }

        _db = db;
    }

    /// <summary>Marks a record read from the database: new rows may refer to it, and it is never inserted.</summary>
    public void Existing(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _existing.Add(entity);
    }

    /// <summary>Queues a new entity and every new entity reachable from it.</summary>
    public void Add(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _roots.Add(entity);
    }

    /// <summary>
    /// Finds the new entities reachable from the roots added so far and gives each a key, so callers can use the ids
    /// before <see cref="SaveAsync"/> (change records name them). An entity already found is not searched again: a new
    /// dependent of one (a known person's new title) must be added as a root itself.
    /// </summary>
    public async Task AssignKeysAsync(CancellationToken cancellationToken = default)
    {
        var found = new List<(IEntityType Type, object Entity)>();
        foreach (var root in _roots)
        {
            Collect(root, found);
        }

        _roots.Clear();
        foreach (var (type, entity) in found)
        {
            var key = type.FindPrimaryKey()!.Properties.Single().PropertyInfo!;
            if (Convert.ToInt64(key.GetValue(entity), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                var next = await NextKeyAsync(type, cancellationToken);
                key.SetValue(entity, key.PropertyType == typeof(long) ? next : (object)checked((int)next));
            }
        }
    }

    /// <summary>
    /// Inserts the pending rows in foreign-key order through one prepared command per table, in the context's current
    /// transaction. Returns the number of rows written.
    /// </summary>
    public async Task<int> SaveAsync(CancellationToken cancellationToken = default)
    {
        await AssignKeysAsync(cancellationToken);

        // Every key is known now, and every collection final: set each new row's foreign keys from its navigations and
        // from the principal whose collection holds it, and stamp it as SaveChanges would.
        var now = _db.Clock.GetUtcNow().UtcDateTime;
        foreach (var entity in _seen)
        {
            FixForeignKeys(_db.Model.FindEntityType(entity.GetType())!, entity);
            if (entity is Domain.EditableEntity editable && !_existing.Contains(entity))
            {
                DecisionsDbContext.StampAdded(editable, now);
            }
        }

        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk insert runs inside a transaction, so a failure writes nothing.");
        var written = 0;
        foreach (var type in InsertOrder(_pending.Keys))
        {
            var rows = _pending[type];
            var shape = Shape(type);
            using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = shape.InsertSql;
            var parameters = new DbParameter[shape.Columns.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var column = shape.Columns[i];
                parameters[i] = column.Mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, column.Property.IsNullable);
                command.Parameters.Add(parameters[i]);
            }

            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < parameters.Length; i++)
                {
                    var column = shape.Columns[i];
                    var value = column.Getter.GetClrValueUsingContainingEntity(row);
                    if (value is not null && column.Mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    parameters[i].Value = value ?? DBNull.Value;
                }

                written += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            rows.Clear();
        }

        return written;
    }

    private void Collect(object entity, List<(IEntityType, object)> found)
    {
        if (!_seen.Add(entity))
        {
            return;
        }

        var type = _db.Model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of the model.");
        if (!_existing.Contains(entity))
        {
            if (!_pending.TryGetValue(type, out var list))
            {
                _pending[type] = list = [];
            }

            list.Add(entity);
            found.Add((type, entity));
        }

        foreach (var navigation in type.GetNavigations())
        {
            switch (navigation.GetGetter().GetClrValueUsingContainingEntity(entity))
            {
                case null:
                    break;
                case IEnumerable children when navigation.IsCollection:
                    foreach (var child in children)
                    {
                        Collect(child, found);
                    }

                    break;
                case var principalOrDependent:
                    Collect(principalOrDependent, found);
                    break;
            }
        }
    }

    // Dependents take their foreign keys from the principals they point to, and from the principal whose collection
    // holds them; a foreign key already set (and no navigation) is kept. Existing rows are never changed.
    private void FixForeignKeys(IEntityType type, object entity)
    {
        foreach (var navigation in type.GetNavigations())
        {
            var value = navigation.GetGetter().GetClrValueUsingContainingEntity(entity);
            if (value is null)
            {
                continue;
            }

            if (navigation.IsOnDependent)
            {
                if (!_existing.Contains(entity))
                {
                    CopyKey(navigation.ForeignKey, principal: value, dependent: entity);
                }
            }
            else if (value is IEnumerable children && navigation.IsCollection)
            {
                foreach (var child in children)
                {
                    if (!_existing.Contains(child))
                    {
                        CopyKey(navigation.ForeignKey, principal: entity, dependent: child);
                    }
                }
            }
            else if (!_existing.Contains(value))
            {
                CopyKey(navigation.ForeignKey, principal: entity, dependent: value);
            }
        }
    }

    private static void CopyKey(IForeignKey foreignKey, object principal, object dependent)
    {
        for (var i = 0; i < foreignKey.Properties.Count; i++)
        {
            var key = foreignKey.PrincipalKey.Properties[i].PropertyInfo!.GetValue(principal);
            foreignKey.Properties[i].PropertyInfo!.SetValue(dependent, key);
        }
    }

    private async Task<long> NextKeyAsync(IEntityType type, CancellationToken cancellationToken)
    {
        var table = type.GetTableName()!;
        if (!_lastKeys.TryGetValue(table, out var last))
        {
            // What SQLite itself would hand out next: past the AUTOINCREMENT high-water mark and the highest row.
            var key = type.FindPrimaryKey()!.Properties.Single().GetColumnName();
            var connection = _db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"""
                SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = @table), 0), coalesce((SELECT max("{key}") FROM "{table}"), 0))
                """;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            last = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        _lastKeys[table] = ++last;
        return last;
    }

    // Principals before dependents (a table's foreign keys to itself are left out: new rows never point at each other).
    private static List<IEntityType> InsertOrder(IEnumerable<IEntityType> types)
    {
        var remaining = new List<IEntityType>(types);
        var order = new List<IEntityType>(remaining.Count);
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && remaining.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The pending rows' foreign keys form a cycle: " + string.Join(", ", remaining.Select(t => t.ClrType.Name)));
            order.Add(ready);
            remaining.Remove(ready);
        }

        return order;
    }

    private TableShape Shape(IEntityType type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties()
                .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter()))
                .ToArray();
            var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            _shapes[type] = shape = new TableShape(sql, columns);
        }

        return shape;
    }

    private sealed record TableShape(string InsertSql, Column[] Columns);

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);
}
