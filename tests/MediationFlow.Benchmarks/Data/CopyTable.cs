using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// Bulk load into one PostgreSQL table: a batch's rows are buffered and sent in one binary COPY. The generator gives
/// values as the SQLite file stores them (ids and instants as text and integers); each is converted to the type the
/// product's PostgreSQL migration gave its column, read from the catalog, so the two schemas need not be spelled out twice.
/// </summary>
public sealed class CopyTable : SampleTable
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlDbType[] _types;
    private readonly List<object?[]> _rows = [];

    public CopyTable(NpgsqlConnection connection, string table, string[] columns)
        : base(table, columns)
    {
        _connection = connection;
        var types = ColumnTypes(connection, table);
        _types = [.. columns.Select(c => types.TryGetValue(c, out var type) ? type : throw new InvalidOperationException($"{table} has no column {c}."))];
    }

    protected override void Buffer(object?[] values) => _rows.Add(values);

    public override void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var import = _connection.BeginBinaryImport($"COPY \"{Table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"))
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
            }

            import.Complete();
        }

        Written += _rows.Count;
        _rows.Clear();
    }

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

    private static Dictionary<string, NpgsqlDbType> ColumnTypes(NpgsqlConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table";
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, NpgsqlDbType>(StringComparer.Ordinal);
        while (reader.Read())
        {
            types[reader.GetString(0)] = reader.GetString(1) switch
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
            };
        }

        return types;
    }
}
