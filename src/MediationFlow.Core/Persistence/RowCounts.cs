using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Persistence;

/// <summary>How many rows each table of the model holds: the first check that two databases hold the same data.</summary>
public static class RowCounts
{
    /// <summary>The model's tables by name, in name order, each with its number of rows.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CountAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new List<(string, long)>();
        foreach (var table in db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            // The name comes from the model, never from input.
            var count = $"SELECT COUNT(*) AS \"Value\" FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
            var rows = await db.Database.SqlQueryRaw<long>(count).SingleAsync(cancellationToken);
            counts.Add((table.Name, rows));
        }

        return counts;
    }
}
