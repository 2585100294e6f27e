using MediationFlow.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Persistence;

/// <summary>Where the embedded database lives and how it is brought up to date.</summary>
public static class Database
{
    public const string FileName = "mediationflow.db";

    /// <summary>Where hosts keep the database unless told otherwise (web: setting <see cref="DataDirectorySetting"/>; CLI: --data).</summary>
    public const string DefaultDataDirectory = "./data";

    public const string DataDirectorySetting = "MediationFlow:DataDirectory";

    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, FileName),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Applies pending migrations (never EnsureCreated) and turns on write-ahead logging for SQLite.</summary>
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

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>True when nobody can sign in yet: a new installation.</summary>
    public static async Task<bool> IsEmptyAsync(MediationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Set<User>().AnyAsync(cancellationToken);
    }
}
