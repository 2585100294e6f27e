using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Drops the line break EF Core ends its insert/update/delete SQL with. Microsoft.Data.Sqlite prepares
/// whatever follows the last statement too; for a bare line break SQLite returns no statement, and the
/// empty statement handle it is wrapped in is never disposed, so every write left one for the finalizer
/// (docs/benchmarks.md, command throughput). Done where EF Core builds a command's text rather than in a
/// command interceptor: with any command interceptor registered, EF Core creates event data for every
/// step of every command, read or write.
/// </summary>
internal sealed class TrimmedCommandBuilderFactory(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilderFactory(dependencies)
{
    public override IRelationalCommandBuilder Create() => new TrimmedCommandBuilder(Dependencies);

    private sealed class TrimmedCommandBuilder(RelationalCommandBuilderDependencies dependencies) : RelationalCommandBuilder(dependencies)
    {
        public override IRelationalCommand Build()
        {
            var command = base.Build();
            var text = command.CommandText;
            return text.Length > 0 && char.IsWhiteSpace(text[^1])
                ? new RelationalCommand(Dependencies, text.TrimEnd(), command.LogCommandText.TrimEnd(), command.Parameters)
                : command;
        }
    }
}
