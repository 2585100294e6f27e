using System.Globalization;
using System.Text;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// Every row of every table, as text, read straight from the SQLite file (or the PostgreSQL database) past EF Core:
/// comparing two dumps proves a refused command wrote nothing, whatever table it might have touched.
/// </summary>
public static class DatabaseDump
{
    /// <summary>
    /// The audit trail records reads and attempts, not case data, and the migrations table is fixed at
    /// start-up; every other table must stay as it was.
    /// </summary>
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "AuditEntries", "__EFMigrationsHistory" };

    /// <summary>One line per row, "Table: col=value | col=value", tables by name, rows by rowid (on PostgreSQL, by their text).</summary>
    public static Task<IReadOnlyList<string>> RowsAsync(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Database.Provider == DatabaseProvider.PostgreSql ? PostgreSqlRowsAsync(app.Database.ConnectionString) : SqliteRowsAsync(app);
    }

    /// <summary>
    /// PostgreSQL's tables have no rowid; sorted, the lines compare the same whatever order the server returns them in.
    /// Identity sequences are not rows: a rolled-back insert moves them on, as SQLite's rowid allocation does not show.
    /// </summary>
    private static async Task<IReadOnlyList<string>> PostgreSqlRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables.Where(t => !Excluded.Contains(t)))
        {
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(Line(table, reader));
            }

            rows.AddRange(lines.Order(StringComparer.Ordinal));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<string>> SqliteRowsAsync(TestApp app)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = app.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables.Where(t => !Excluded.Contains(t)))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // SQLite keeps each AUTOINCREMENT table's last id here; an excluded table's counter is excluded with it.
                if (table == "sqlite_sequence" && Excluded.Contains(reader.GetString(0)))
                {
                    continue;
                }

                rows.Add(Line(table, reader));
            }
        }

        return rows;
    }

    private static string Line(string table, System.Data.Common.DbDataReader reader)
    {
        var line = new StringBuilder(table).Append(':');
        for (var i = 0; i < reader.FieldCount; i++)
        {
            line.Append(i == 0 ? " " : " | ").Append(reader.GetName(i)).Append('=').Append(Format(reader.GetValue(i)));
        }

        return line.ToString();
    }

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => "x'" + Convert.ToHexString(bytes) + "'",
        string text => "'" + text + "'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
