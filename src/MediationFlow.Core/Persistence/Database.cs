using MediationFlow.Core.Domain;
using Microsoft.Data.Sqlite;
using System.Globalization;
using MediationFlow.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Persistence;

/// <summary>Where the embedded database lives and how it is brought up to date.</summary>
public static class Database
{
    public const string FileName = "mediationflow.db";

    /// <summary>
    /// Lets go of the SQLite file: closes the connections no request is using (ADR 12 keeps them open between requests).
    /// For a tool that hands the file to someone else afterwards: a restore, a copy, a test that deletes it.
    /// </summary>
    public static void CloseIdleConnections(string connectionString) => KeptOpenConnection.CloseIdle(connectionString);

    /// <summary>Where hosts keep the database unless told otherwise (web: setting <see cref="DataDirectorySetting"/>; CLI: --data).</summary>
    public const string DefaultDataDirectory = "./data";

    public const string DataDirectorySetting = "MediationFlow:DataDirectory";

    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, FileName),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// Applies pending migrations (never EnsureCreated) and turns on write-ahead logging for SQLite. Refuses a
    /// database a newer program has migrated: this program would read and write a schema it does not know.
    /// </summary>
    /// <exception cref="DatabaseNewerThanProgramException">The database has migrations this program does not have.</exception>
    public static async Task MigrateAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer commits; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await RefuseIfNewerAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <exception cref="DatabaseNewerThanProgramException">The database has migrations this program does not have.</exception>
    public static async Task RefuseIfNewerAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseNewerThanProgramException(unknown);
        }
    }

    /// <summary>True when nobody can sign in yet: a new installation.</summary>
    public static async Task<bool> IsEmptyAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Set<User>().AnyAsync(cancellationToken);
    }
}

/// <summary>A newer program has migrated the database; this one refuses to start on it (message in the operator's language).</summary>
public sealed class DatabaseNewerThanProgramException(IReadOnlyList<string> unknownMigrations)
    : Exception(string.Format(CultureInfo.CurrentCulture, Messages.DatabaseNewerThanProgram, string.Join(", ", unknownMigrations)))
{
    /// <summary>The migrations the database has and this program does not, oldest first.</summary>
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
