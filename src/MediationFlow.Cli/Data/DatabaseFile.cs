using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Cli.Data;

/// <summary>
/// One SQLite file opened on a connection of its own (never pooled, so nothing keeps the file open after the
/// verb), with the model over it: a backup, a file to restore, or the data folder's database itself.
/// </summary>
internal sealed class DatabaseFile : IAsyncDisposable
{
    private DatabaseFile(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
        Context = new MediationDbContext(new DbContextOptionsBuilder<MediationDbContext>().UseSqlite(connection).Options);
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    public MediationDbContext Context { get; }

    public static async Task<DatabaseFile> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return new DatabaseFile(path, connection);
    }

    /// <summary>
    /// The data folder's database, locked against every other connection, or null while another holds it open (a
    /// running web host does, through its pooled connections): an exclusive lock is refused then, without waiting.
    /// </summary>
    public static async Task<DatabaseFile?> LockAsync(string path, CancellationToken cancellationToken)
    {
        var file = await OpenAsync(path, SqliteOpenMode.ReadWriteCreate, cancellationToken);
        try
        {
            // One statement per command: the lock must be taken by BEGIN itself, after the mode is set, and refused
            // within a second rather than retried for the connection's whole timeout.
            foreach (var statement in new[] { "PRAGMA locking_mode = EXCLUSIVE;", "BEGIN EXCLUSIVE;", "COMMIT;" })
            {
                await using var command = file.Connection.CreateCommand();
                command.CommandText = statement;
                command.CommandTimeout = 1;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return file;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            await file.DisposeAsync();
            return null;
        }
    }

    /// <summary>"ok", or what SQLite found wrong first; a file that is no database at all is reported the same way.</summary>
    public async Task<string> IntegrityAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check(1);";
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    /// <summary>The migrations applied to the file, and those among them this program does not know (a newer program wrote them).</summary>
    public async Task<(IReadOnlyList<string> Applied, IReadOnlyList<string> Unknown)> MigrationsAsync(CancellationToken cancellationToken)
    {
        var applied = (await Context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = Context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        return (applied, [.. applied.Where(m => !known.Contains(m))]);
    }

    /// <summary>A file standing alone: its write-ahead log folded in and switched off, so copying the one file copies everything.</summary>
    public Task StandAloneAsync(CancellationToken cancellationToken) => ExecuteAsync("PRAGMA journal_mode = DELETE;", cancellationToken);

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
