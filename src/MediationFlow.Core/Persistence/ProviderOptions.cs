using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MediationFlow.Core.Persistence;

/// <summary>How the context is set up on each provider; the tuning for SQLite applies to SQLite alone.</summary>
internal static class ProviderOptions
{
    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder options, DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => Sqlite(options, database.ConnectionString),
        DatabaseProvider.PostgreSql => PostgreSql(options, database.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider."),
    };

#pragma warning disable EF1001 // SQLite's connection service is internal to EF Core: see FunctionlessConnection.
    private static DbContextOptionsBuilder Sqlite(DbContextOptionsBuilder options, string connectionString) => options
        // A list of ids (the reader's councils) as one JSON parameter: EF Core's default, one parameter per id,
        // makes the SQL depend on the list's length, so it was generated again on every request.
        .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
        .AddInterceptors(new SqlitePragmas())
        .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IRelationalCommandBuilderFactory, TrimmedCommandBuilderFactory>()
        .ReplaceService<Microsoft.EntityFrameworkCore.Update.IUpdateSqlGenerator, TerminatedUpdateSql>()
        .ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, FunctionlessConnection>()
        // SQLite rebuilds a table to alter it, switching foreign keys off outside the migration's transaction;
        // EF warns about that on every new database, which reads like a fault to whoever starts the program.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
#pragma warning restore EF1001

    /// <summary>
    /// Npgsql sends a list of ids as one array parameter (<c>= ANY (@ids)</c>) by default, so the SQL does not
    /// depend on the list's length there either. The migrations live in their own assembly, which the hosts reference.
    /// </summary>
    private static DbContextOptionsBuilder PostgreSql(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly));

    /// <summary>
    /// Npgsql prepares a statement once it has run a few times on a connection (<c>Max Auto Prepare</c>), so that
    /// PostgreSQL parses and plans the case's joined reads once per connection instead of on every request: the command
    /// path ran 2.4 times as fast with it (docs/benchmarks.md, "Statements prepared once"; ADR 12). Npgsql leaves it off;
    /// it is on here unless the connection string sets it (a PgBouncer in transaction mode needs <c>Max Auto Prepare=0</c>).
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's own builder answers every keyword it knows as present; the plain builder tells what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = PreparedStatementsPerConnection }.ConnectionString;
    }

    /// <summary>A request sends about twenty distinct statements, a page a few more; the rest of the product shares the room.</summary>
    internal const int PreparedStatementsPerConnection = 100;
}
