using System.Text;
using Microsoft.EntityFrameworkCore.Sqlite.Update.Internal;
using Microsoft.EntityFrameworkCore.Update;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// EF Core's insert, update and delete SQL for SQLite, ended at the statement's terminator instead of a line break.
/// Microsoft.Data.Sqlite compiles whatever follows the last statement as one more (for a bare line break, none, in a
/// handle left for the finalizer), and trimming the text after EF Core had built it copied every write's SQL once more
/// (docs/benchmarks.md, command throughput). Each command carries one statement here, so nothing follows it.
/// </summary>
#pragma warning disable EF1001 // SQLite's update SQL generator is internal to EF Core; this changes only how a statement ends.
internal sealed class TerminatedUpdateSql(UpdateSqlGeneratorDependencies dependencies) : SqliteUpdateSqlGenerator(dependencies)
{
    public override ResultSetMapping AppendInsertOperation(StringBuilder commandStringBuilder, IReadOnlyModificationCommand command, int commandPosition, out bool requiresTransaction) =>
        Ended(commandStringBuilder, base.AppendInsertOperation(commandStringBuilder, command, commandPosition, out requiresTransaction));

    public override ResultSetMapping AppendUpdateOperation(StringBuilder commandStringBuilder, IReadOnlyModificationCommand command, int commandPosition, out bool requiresTransaction) =>
        Ended(commandStringBuilder, base.AppendUpdateOperation(commandStringBuilder, command, commandPosition, out requiresTransaction));

    public override ResultSetMapping AppendDeleteOperation(StringBuilder commandStringBuilder, IReadOnlyModificationCommand command, int commandPosition, out bool requiresTransaction) =>
        Ended(commandStringBuilder, base.AppendDeleteOperation(commandStringBuilder, command, commandPosition, out requiresTransaction));

    private static ResultSetMapping Ended(StringBuilder sql, ResultSetMapping mapping)
    {
        while (sql.Length > 0 && char.IsWhiteSpace(sql[^1]))
        {
            sql.Length--;
        }

        return mapping;
    }
}
#pragma warning restore EF1001
