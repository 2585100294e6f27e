using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// A ratio means nothing unless both walks write the same: compares every row the two cases left in every
/// case table, column by column, with ids replaced by their role ("case", "party#1", "session#1"…).
/// Only the case number and the rows' own ids may differ; the timer's own id never leaves its row.
/// </summary>
public static class WriteEquivalence
{
    private static readonly string[] Tables =
    [
        "Cases", "Parties", "Consents", "ConflictDeclarations", "MediationAgreements", "Sessions", "SettlementAgreements",
        "Obligations", "CaseEvents", "ConfidentialNotes", "DueTimers", "Notifications", "AuditEntries",
    ];

    /// <summary>Throws unless cases <paramref name="left"/> and <paramref name="right"/> have the same rows; returns how many values were compared.</summary>
    public static int Check(string connectionString, (string Walk, long CaseId) left, (string Walk, long CaseId) right)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var a = Snapshot(connection, left.CaseId);
        var b = Snapshot(connection, right.CaseId);
        if (a.Count != b.Count)
        {
            throw new InvalidOperationException($"The {left.Walk} walk wrote {a.Count} rows, the {right.Walk} walk {b.Count}.");
        }

        var compared = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
            {
                throw new InvalidOperationException($"The walks differ:{Environment.NewLine}  {left.Walk}: {a[i]}{Environment.NewLine}  {right.Walk}: {b[i]}");
            }

            compared += a[i].Count(c => c == '|') + 1;
        }

        return compared;
    }

    private static List<string> Snapshot(SqliteConnection connection, long caseId)
    {
        // Each kind of id by its own map: a party and a session may share a number.
        var ids = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (table, name) in new[] { ("Parties", "party"), ("Sessions", "session"), ("Obligations", "obligation") })
        {
            var n = 0;
            ids[name] = Column(connection, $"SELECT \"Id\" FROM \"{table}\" WHERE \"CaseId\" = {caseId} ORDER BY \"Id\"")
                .ToDictionary(id => id, _ => $"{name}#{++n}", StringComparer.Ordinal);
        }

        var rows = new List<string>();
        foreach (var table in Tables)
        {
            var filter = table == "Cases" ? "\"Id\"" : "\"CaseId\"";
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE {filter} = {caseId} ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new StringBuilder(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var column = reader.GetName(i);
                    if (column is "Id" or "Number")
                    {
                        continue;
                    }

                    var value = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
                    value = column switch
                    {
                        "CaseId" => "case",
                        "PartyId" or "AbsentPartyId" when ids["party"].TryGetValue(value, out var party) => party,
                        "SessionId" when ids["session"].TryGetValue(value, out var session) => session,
                        _ => InJson(value, ids),
                    };
                    row.Append('|').Append(column).Append('=').Append(value);
                }

                rows.Add(row.ToString());
            }
        }

        return rows;
    }

    /// <summary>Ids inside a history event's input travel as JSON strings: {"party":"17"}.</summary>
    private static string InJson(string value, Dictionary<string, Dictionary<string, string>> ids)
    {
        foreach (var (field, map) in ids)
        {
            foreach (var (id, name) in map)
            {
                value = value.Replace($"\"{field}\":\"{id}\"", $"\"{field}\":\"{name}\"", StringComparison.Ordinal);
            }
        }

        return value;
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
