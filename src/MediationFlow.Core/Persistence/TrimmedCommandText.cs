using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Drops the line break EF Core ends its insert/update/delete SQL with. Microsoft.Data.Sqlite prepares
/// whatever follows the last statement too; for a bare line break SQLite returns no statement, and the
/// empty statement handle it is wrapped in is never disposed, so every write left one for the finalizer
/// (docs/benchmarks.md, command throughput).
/// </summary>
internal sealed class TrimmedCommandText : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.CommandText;
        if (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            result.CommandText = text.TrimEnd();
        }

        return result;
    }
}
