using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// Bulk load into one PostgreSQL table: a batch's rows are buffered and sent in one binary COPY. The generator gives
/// values as the SQLite file stores them (ids and instants as text and integers); each is converted to the type the
/// product's PostgreSQL migration gave its column, read from the catalog, so the two schemas need not be spelled out twice.
/// A required column the generator does not write and PostgreSQL has no default for (SQLite's migrations gave some a
/// default when they were added) gets its type's zero value, as SQLite's default gives it.
/// </summary>
public sealed class CopyTable : SampleTable
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlDbType[] _types;
    private readonly (string Name, NpgsqlDbType Type)[] _zeroes;
    private readonly List<object?[]> _rows = [];

    public CopyTable(NpgsqlConnection connection, string table, string[] columns)
        : base(table, columns)
    {
        _connection = connection;
        var catalog = ColumnTypes(connection, table);
        _types = [.. columns.Select(c => catalog.TryGetValue(c, out var column) ? column.Type : throw new InvalidOperationException($"{table} has no column {c}."))];
        _zeroes = [.. catalog.Where(c => c.Value.NeedsValue && !columns.Contains(c.Key)).Select(c => (c.Key, c.Value.Type))];
    }

    protected override void Buffer(object?[] values) => _rows.Add(values);

    public override void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var import = _connection.BeginBinaryImport($"COPY \"{Table}\" ({string.Join(", ", Columns.Concat(_zeroes.Select(z => z.Name)).Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _rows)
            {
                import.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        import.Write(Convert(row[i]!, _types[i]), _types[i]);
                    }
                }

                foreach (var (_, type) in _zeroes)
                {
                    import.Write(Zero(type), type);
                }
            }

            import.Complete();
        }

        Written += _rows.Count;
        _rows.Clear();
    }

    private static object Zero(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Text or NpgsqlDbType.Varchar => string.Empty,
        NpgsqlDbType.Json or NpgsqlDbType.Jsonb => "{}",
        NpgsqlDbType.Uuid => Guid.Empty,
        NpgsqlDbType.TimestampTz => DateTimeOffset.UnixEpoch,
        NpgsqlDbType.Date => DateOnly.MinValue,
        _ => Convert(0, type),
    };

    private static object Convert(object value, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Uuid => value is Guid id ? id : Guid.Parse((string)value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Boolean => value is bool flag ? flag : System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        NpgsqlDbType.TimestampTz => value switch
        {
            long binary => ((DateTimeOffset)Instant.ConvertFromProvider(binary)!).ToUniversalTime(),
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => throw new InvalidCastException($"{value} is not an instant."),
        },
        NpgsqlDbType.Date => value is DateOnly day ? day : DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        NpgsqlDbType.Bigint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Integer => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Smallint => System.Convert.ToInt16(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Numeric => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>Each column's type, and whether a row must give it a value (required, no default, not an identity).</summary>
    private static Dictionary<string, (NpgsqlDbType Type, bool NeedsValue)> ColumnTypes(NpgsqlConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT column_name, udt_name, is_nullable = 'NO' AND column_default IS NULL AND is_identity = 'NO'
            FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table
            """;
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, (NpgsqlDbType, bool)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            types[reader.GetString(0)] = (reader.GetString(1) switch
            {
                "uuid" => NpgsqlDbType.Uuid,
                "bool" => NpgsqlDbType.Boolean,
                "timestamptz" => NpgsqlDbType.TimestampTz,
                "date" => NpgsqlDbType.Date,
                "int8" => NpgsqlDbType.Bigint,
                "int4" => NpgsqlDbType.Integer,
                "int2" => NpgsqlDbType.Smallint,
                "float8" => NpgsqlDbType.Double,
                "numeric" => NpgsqlDbType.Numeric,
                "jsonb" => NpgsqlDbType.Jsonb,
                "json" => NpgsqlDbType.Json,
                "varchar" => NpgsqlDbType.Varchar,
                "text" => NpgsqlDbType.Text,
                var other => throw new NotSupportedException($"{table}.{reader.GetString(0)} is of type {other}, which the sample generator does not write."),
            }, reader.GetBoolean(2));
        }

        return types;
    }
}
