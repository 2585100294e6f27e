using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Builds EF Core's commands for SQLite so that a statement already prepared on the connection is used again
/// (<see cref="KeptOpenConnection"/>), and drops the line break EF Core ends its insert/update/delete SQL with:
/// Microsoft.Data.Sqlite prepares whatever follows the last statement too; for a bare line break SQLite returns no
/// statement, and the empty statement handle it is wrapped in is never disposed, so every write left one for the
/// finalizer (docs/benchmarks.md, command throughput). Done where EF Core builds a command's text rather than in a
/// command interceptor: with any command interceptor registered, EF Core creates event data for every step of
/// every command, read or write.
/// </summary>
internal sealed class TrimmedCommandBuilderFactory(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilderFactory(dependencies)
{
    public override IRelationalCommandBuilder Create() => new TrimmedCommandBuilder(Dependencies);

    private sealed class TrimmedCommandBuilder(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilder(dependencies)
    {
        public override IRelationalCommand Build()
        {
            var command = base.Build();
            var text = command.CommandText.TrimEnd();
            var logText = ReferenceEquals(command.LogCommandText, command.CommandText) ? text : command.LogCommandText.TrimEnd();
            return new ReusingCommand(Dependencies, text, logText, command.Parameters);
        }
    }

    /// <summary>Tells the connection which text it is about to be asked a command for: EF Core sets the text after creating it.</summary>
    private sealed class ReusingCommand(
        RelationalCommandBuilderDependencies dependencies,
        string commandText,
        string logCommandText,
        IReadOnlyList<IRelationalParameter> parameters)
        : RelationalCommand(dependencies, commandText, logCommandText, parameters)
    {
        public override DbCommand CreateDbCommand(RelationalCommandParameterObject parameterObject, Guid commandId, DbCommandMethod commandMethod)
        {
            if (parameterObject.Connection.DbConnection is KeptOpenConnection connection)
            {
                connection.Expect(CommandText);
            }

            return base.CreateDbCommand(parameterObject, commandId, commandMethod);
        }
    }
}
