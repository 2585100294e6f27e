using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Cli.Data;

/// <summary>
/// One table copied from the SQLite file to PostgreSQL value by value: each value read as SQLite's column of the
/// model stores it, turned back into the model's value, and written as PostgreSQL's column of the model stores it
/// (an instant as a number becomes a timestamptz). Rows go in primary-key order, ids as they are, in batches.
/// </summary>
internal sealed class TableCopy
{
    /// <summary>PostgreSQL takes at most 65,535 parameters a statement; a batch stays well below.</summary>
    private const int ParametersPerBatch = 20_000;

    private static readonly MethodInfo FieldValue = typeof(SqliteDataReader).GetMethod(nameof(SqliteDataReader.GetFieldValue))!;

    private readonly ITable _target;
    private readonly IReadOnlyList<Column> _columns;

    public TableCopy(ITable source, ITable target)
    {
        _target = target;
        _columns = [.. target.Columns.Select(c => new Column(c.Name, Mapping(source.FindColumn(c.Name)!), Mapping(c)))];
    }

    public string Name => _target.Name;

    /// <summary>Copies every row as <paramref name="source"/> sees them, inside <paramref name="transaction"/>; returns how many.</summary>
    public async Task<long> RunAsync(SqliteTransaction source, DbConnection target, DbTransaction transaction, ISqlGenerationHelper sql, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var key = string.Join(", ", _target.PrimaryKey!.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
        await using var read = source.Connection!.CreateCommand();
        read.Transaction = source;
        read.CommandText = $"SELECT {names} FROM {sql.DelimitIdentifier(_target.Name)} ORDER BY {key}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);

        var rowsPerBatch = Math.Max(1, ParametersPerBatch / _columns.Count);
        var batch = new List<object?[]>(rowsPerBatch);
        long rows = 0;
        await foreach (var row in InOrderAsync(reader, cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == rowsPerBatch)
            {
                rows += await InsertAsync(batch, names, target, transaction, sql, cancellationToken);
                batch.Clear();
            }
        }

        return rows + await InsertAsync(batch, names, target, transaction, sql, cancellationToken);
    }

    /// <summary>
    /// The rows in key order, streamed; a table whose rows point to each other (a council to its parent) is read whole
    /// and put parents first, since a council moved under a newer one comes before its parent in key order.
    /// </summary>
    private async IAsyncEnumerable<object?[]> InOrderAsync(SqliteDataReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var selfReferences = _target.ForeignKeyConstraints.Where(f => f.PrincipalTable == _target).ToList();
        var all = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            object?[] row = [.. _columns.Select((c, i) => c.Read(reader, i))];
            if (selfReferences.Count == 0)
            {
                yield return row;
            }
            else
            {
                all.Add(row);
            }
        }

        foreach (var row in ParentsFirst(all, selfReferences))
        {
            yield return row;
        }
    }

    private List<object?[]> ParentsFirst(List<object?[]> rows, List<IForeignKeyConstraint> selfReferences)
    {
        var ordinal = _columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        string Key(object?[] row, IEnumerable<IColumn> columns) => string.Join('\u001f', columns.Select(c => Convert.ToString(row[ordinal[c.Name]], CultureInfo.InvariantCulture)));
        var byKey = rows.ToDictionary(r => Key(r, selfReferences[0].PrincipalColumns), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<object?[]>(rows.Count);
        void Place(object?[] row, string key)
        {
            // Marked before its parents are placed, so a cycle (which the program never writes) cannot recurse forever.
            if (!placed.Add(key))
            {
                return;
            }

            foreach (var reference in selfReferences.Where(f => f.Columns.All(c => row[ordinal[c.Name]] is not null)))
            {
                var parent = Key(row, reference.Columns);
                if (byKey.TryGetValue(parent, out var parentRow))
                {
                    Place(parentRow, parent);
                }
            }

            ordered.Add(row);
        }

        foreach (var row in rows)
        {
            Place(row, Key(row, selfReferences[0].PrincipalColumns));
        }

        return ordered;
    }

    private async Task<int> InsertAsync(List<object?[]> batch, string names, DbConnection target, DbTransaction transaction, ISqlGenerationHelper sql, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using var insert = target.CreateCommand();
        insert.Transaction = transaction;
        var values = new List<string>(batch.Count);
        foreach (var row in batch)
        {
            var placeholders = new string[_columns.Count];
            for (var i = 0; i < _columns.Count; i++)
            {
                var name = $"p{insert.Parameters.Count}";
                insert.Parameters.Add(_columns[i].Target.CreateParameter(insert, name, row[i], nullable: true));
                placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
            }

            values.Add($"({string.Join(", ", placeholders)})");
        }

        // Ids are kept: an identity column takes the copied value (it is generated BY DEFAULT), the sequence is moved after.
        insert.CommandText = $"INSERT INTO {sql.DelimitIdentifier(_target.Name)} ({names}) VALUES {string.Join(", ", values)}";
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static RelationalTypeMapping Mapping(IColumn column) => column.PropertyMappings[0].TypeMapping;

    /// <summary>A column with how SQLite stores it and how PostgreSQL does.</summary>
    private sealed class Column(string name, RelationalTypeMapping source, RelationalTypeMapping target)
    {
        private readonly Func<SqliteDataReader, int, object?> _read = Reader(source);

        public string Name { get; } = name;

        public RelationalTypeMapping Target { get; } = target;

        /// <summary>The model's value: SQLite's stored value read as its provider type, then converted back.</summary>
        public object? Read(SqliteDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal))
            {
                return null;
            }

            var stored = _read(reader, ordinal);
            return source.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
        }

        private static Func<SqliteDataReader, int, object?> Reader(RelationalTypeMapping mapping)
        {
            var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            var read = FieldValue.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored);
            return (reader, ordinal) => read.Invoke(reader, [ordinal]);
        }
    }
}
