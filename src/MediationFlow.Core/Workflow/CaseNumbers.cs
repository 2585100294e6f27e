using System.Data.Common;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Workflow;

/// <summary>Gives each new case the next number of its council and year, atomically, inside the command's transaction.</summary>
public static class CaseNumbers
{
    public static async Task<int> NextAsync(MediationDbContext db, int councilId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.BeginWritingAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Case numbers are allocated inside the command's transaction.");

        // One statement both creates the counter and advances it, so two councils' clerks never get the same number.
        command.CommandText = """
            INSERT INTO "CaseNumberCounters" ("CouncilId", "Year", "LastNumber") VALUES (@council, @year, 1)
            ON CONFLICT ("CouncilId", "Year") DO UPDATE SET "LastNumber" = "CaseNumberCounters"."LastNumber" + 1
            RETURNING "LastNumber"
            """;
        Add(command, "@council", councilId);
        Add(command, "@year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
