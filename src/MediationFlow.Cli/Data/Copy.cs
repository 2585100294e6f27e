using System.Data.Common;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Database = MediationFlow.Core.Persistence.Database;
using ISqlGenerationHelper = Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper;

namespace MediationFlow.Cli.Data;

/// <summary>
/// <c>data copy --to CONNECTION</c>: a whole SQLite deployment moved into an empty PostgreSQL database, migrated
/// first, every table in foreign-key order with its ids, in one transaction; then verified as a restore is, table by
/// table and case by case, against the file it came from.
/// </summary>
internal static class Copy
{
    public static async Task<int> RunAsync(string folder, string to, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (DatabaseSettings.UnreadablePostgreSql(to) is { } unreadable)
        {
            error.WriteLine($"--to: {CliMessages.NotAConnectionString.Format(unreadable)}");
            return 1;
        }

        var server = DatabaseSettings.PostgreSql(to);

        await using var source = await DatabaseFile.OpenAsync(Path.Combine(folder, Database.FileName), SqliteOpenMode.ReadOnly, cancellationToken);
        var (applied, unknown) = await source.MigrationsAsync(cancellationToken);
        if (unknown.Count > 0 || applied.Count != source.Context.Database.GetMigrations().Count())
        {
            error.WriteLine($"--data: {CliMessages.NotCurrent.Format(source.Path)}");
            return 1;
        }

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"--to: {CliMessages.CannotConnect.Format(server.Describe(), e.Message)}");
            return 1;
        }

        await using var target = new MediationDbContext(new DbContextOptionsBuilder<MediationDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly)).Options);
        if (await FirstNonEmptyTableAsync(target, connection, cancellationToken) is { } table)
        {
            error.WriteLine($"--to: {CliMessages.TargetNotEmpty.Format(table)}");
            return 1;
        }

        try
        {
            await Database.MigrateAsync(target, cancellationToken);
        }
        catch (DatabaseNewerThanProgramException e)
        {
            error.WriteLine($"--to: {e.Message}");
            return 1;
        }

        // One read transaction over the whole copy and its verification: one moment of the file, even if a host still writes to it.
        await using var snapshot = source.Connection.BeginTransaction(deferred: true);
        source.Context.Database.UseTransaction(snapshot);
        await CopyTablesAsync(source, snapshot, target, connection, output, cancellationToken);
        var outcome = await Verification.CompareAsync(source.Context, target, error, cancellationToken);
        if (outcome.Differences > 0)
        {
            error.WriteLine(CliMessages.NotVerified.Format(outcome.Differences));
            return 1;
        }

        output.WriteLine(CliMessages.Copied.Format(source.Path, server.Describe(), outcome.Tables, outcome.Rows, outcome.Cases));
        output.WriteLine(CliMessages.FilesToMove.Format(Path.Combine(folder, Core.CaseFiles.FolderCaseFileStore.FolderName)));
        return 0;
    }

    private static async Task CopyTablesAsync(DatabaseFile source, SqliteTransaction snapshot, MediationDbContext target, DbConnection connection, TextWriter output, CancellationToken cancellationToken)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        var sourceTables = source.Context.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in InForeignKeyOrder(target.Model.GetRelationalModel().Tables))
        {
            var rows = await new TableCopy(sourceTables[table.Name], table).RunAsync(snapshot, connection, transaction, sql, cancellationToken);
            await MoveSequencesAsync(table, connection, transaction, sql, cancellationToken);
            output.WriteLine(CliMessages.TableCopied.Format(table.Name, rows));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every table after the tables its foreign keys point to (a table pointing to itself gets its rows in id order).</summary>
    private static List<ITable> InForeignKeyOrder(IEnumerable<ITable> tables)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => t.ForeignKeyConstraints.All(f => f.PrincipalTable == t || placed.Contains(f.PrincipalTable.Name))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"Foreign keys form a cycle among: {string.Join(", ", pending.Select(t => t.Name))}.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(t => t.Name));
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    /// <summary>An identity column's sequence moved past the copied ids, so the program's next row does not take one of them.</summary>
    private static async Task MoveSequencesAsync(ITable table, DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, CancellationToken cancellationToken)
    {
        foreach (var column in table.Columns.Where(c => c.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd) && c.ProviderClrType is var t && (t == typeof(int) || t == typeof(long))))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var name = sql.DelimitIdentifier(table.Name);
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('{name}', '{column.Name}'), COALESCE(MAX({sql.DelimitIdentifier(column.Name)}), 0) + 1, false) FROM {name} WHERE pg_get_serial_sequence('{name}', '{column.Name}') IS NOT NULL";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The first of the model's tables that exists in the target and holds a row, or null: a copy never merges into data.</summary>
    private static async Task<string?> FirstNonEmptyTableAsync(MediationDbContext target, DbConnection connection, CancellationToken cancellationToken)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        foreach (var table in target.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT to_regclass('{sql.DelimitIdentifier(table.Name)}') IS NOT NULL";
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                continue;
            }

            await using var any = connection.CreateCommand();
            any.CommandText = $"SELECT EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(table.Name)})";
            if (await any.ExecuteScalarAsync(cancellationToken) is true)
            {
                return table.Name;
            }
        }

        return null;
    }
}
