using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// Bulk insert into one table: rows are buffered and written as multi-row INSERT statements of
/// <see cref="RowsPerStatement"/> rows, through one prepared command, inside the caller's transaction.
/// </summary>
public sealed class TableWriter : IDisposable
{
    public const int RowsPerStatement = 100;

    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly object?[] _buffer;
    private readonly SqliteCommand _full;
    private int _rows;

    public TableWriter(SqliteConnection connection, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _connection = connection;
        _table = table;
        _columns = columns;
        _buffer = new object?[RowsPerStatement * columns.Length];
        _full = Command(RowsPerStatement);
    }

    public long Written { get; private set; }

    public SqliteTransaction? Transaction { get; set; }

    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"{_table} takes {_columns.Length} values, got {values.Length}.", nameof(values));
        }

        values.CopyTo(_buffer, _rows * _columns.Length);
        if (++_rows == RowsPerStatement)
        {
            Write(_full, _rows);
        }
    }

    /// <summary>Writes what is buffered; call before committing the transaction.</summary>
    public void Flush()
    {
        if (_rows > 0)
        {
            using var partial = Command(_rows);
            Write(partial, _rows);
        }
    }

    private void Write(SqliteCommand command, int rows)
    {
        command.Transaction = Transaction;
        for (var i = 0; i < rows * _columns.Length; i++)
        {
            command.Parameters[i].Value = _buffer[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Written += rows;
        _rows = 0;
    }

    private SqliteCommand Command(int rows)
    {
        var sql = new StringBuilder($"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => $"\"{c}\""))}) VALUES ");
        var command = _connection.CreateCommand();
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{(row * _columns.Length) + column}");
                sql.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    public void Dispose() => _full.Dispose();
}
