using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// Every row of every table, as text, read straight from the SQLite file past EF Core: comparing two
/// dumps proves a refused command wrote nothing, whatever table it might have touched.
/// </summary>
public static class DatabaseDump
{
    /// <summary>
    /// The audit trail records reads and attempts, not case data, and the migrations table is fixed at
    /// start-up; every other table must stay as it was.
    /// </summary>
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal) { "AuditEntries", "__EFMigrationsHistory" };

    /// <summary>One line per row, "Table: col=value | col=value", tables by name, rows by rowid.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
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

                var line = new StringBuilder(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append(i == 0 ? " " : " | ").Append(reader.GetName(i)).Append('=').Append(Format(reader.GetValue(i)));
                }

                rows.Add(line.ToString());
            }
        }

        return rows;
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
