using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// Bulk insert into one SQLite table: rows are buffered and written as multi-row INSERT statements of
/// <see cref="RowsPerStatement"/> rows, through one prepared command, inside the sink's transaction.
/// </summary>
public sealed class TableWriter : SampleTable
{
    public const int RowsPerStatement = 100;

    private readonly SqliteConnection _connection;
    private readonly SqliteSampleSink _sink;
    private readonly object?[] _buffer;
    private readonly SqliteCommand _full;
    private int _rows;

    public TableWriter(SqliteConnection connection, SqliteSampleSink sink, string table, string[] columns)
        : base(table, columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _connection = connection;
        _sink = sink;
        _buffer = new object?[RowsPerStatement * columns.Length];
        _full = Command(RowsPerStatement);
    }

    protected override void Buffer(object?[] values)
    {
        values.CopyTo(_buffer, _rows * Columns.Count);
        if (++_rows == RowsPerStatement)
        {
            Write(_full, _rows);
        }
    }

    public override void Flush()
    {
        if (_rows > 0)
        {
            using var partial = Command(_rows);
            Write(partial, _rows);
        }
    }

    private void Write(SqliteCommand command, int rows)
    {
        command.Transaction = _sink.Transaction;
        for (var i = 0; i < rows * Columns.Count; i++)
        {
            command.Parameters[i].Value = _buffer[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Written += rows;
        _rows = 0;
    }

    private SqliteCommand Command(int rows)
    {
        var sql = new StringBuilder($"INSERT INTO \"{Table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ");
        var command = _connection.CreateCommand();
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns.Count; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{(row * Columns.Count) + column}");
                sql.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    public override void Dispose()
    {
        _full.Dispose();
        base.Dispose();
    }
}
