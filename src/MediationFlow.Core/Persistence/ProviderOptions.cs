using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly));
}
