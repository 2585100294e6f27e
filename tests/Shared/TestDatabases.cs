using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MediationFlow.Testing;

/// <summary>
/// The database the database-facing suites run on: SQLite files by default; with
/// <c>MEDIATIONFLOW_TEST_PROVIDER=PostgreSQL</c>, a fresh database per test app on the server that
/// <c>MEDIATIONFLOW_TEST_POSTGRES</c> names, cloned from one database migrated once per test run.
/// </summary>
public static class TestDatabases
{
    public const string ProviderVariable = "MEDIATIONFLOW_TEST_PROVIDER";

    public const string ServerVariable = "MEDIATIONFLOW_TEST_POSTGRES";

    /// <summary>
    /// The trait of tests about SQLite itself (its file, write-ahead log, write lock, SQLite migrations), which the
    /// PostgreSQL run leaves out: <c>--filter "Database!=SqliteOnly"</c>.
    /// </summary>
    public const string Trait = "Database";

    public const string SqliteOnly = "SqliteOnly";

    /// <summary>Names every database a run makes, so a run's leftovers (a killed process) are recognisable.</summary>
    private static readonly string RunPrefix = $"mediationflow_test_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";

    private static readonly Lazy<Task<string>> Migrated = new(MigrateTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private static int _count;

    /// <summary>True when the suites are asked to run on PostgreSQL.</summary>
    public static bool OnPostgreSql
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(ProviderVariable);
            if (!DatabaseSettings.TryParseProvider(text, out var provider))
            {
                throw new InvalidOperationException($"{ProviderVariable}='{text}' is neither Sqlite nor PostgreSQL.");
            }

            return provider == DatabaseProvider.PostgreSql;
        }
    }

    /// <summary>The server the PostgreSQL run uses; asking for PostgreSQL without one is a mistake in the run, not a skip.</summary>
    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ProviderVariable}=PostgreSQL needs {ServerVariable}, a connection string whose user may create databases.");

    /// <summary>
    /// A new, migrated PostgreSQL database of its own, as a copy of <paramref name="template"/> (by default the
    /// empty database migrated once per run). Drop it with <see cref="DropAsync"/>.
    /// </summary>
    public static async Task<string> CreateAsync(string? template = null)
    {
        template ??= await Migrated.Value;
        var name = $"{RunPrefix}_{Interlocked.Increment(ref _count)}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{Name(template)}\"");
        return On(name);
    }

    /// <summary>A new, empty database (no migrations), for a test of migrating itself. Drop it with <see cref="DropAsync"/>.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = $"{RunPrefix}_{Interlocked.Increment(ref _count)}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return On(name);
    }

    /// <summary>Drops a database this run made, closing the pool's connections to it first.</summary>
    public static async Task DropAsync(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name(connectionString)}\" WITH (FORCE)");
    }

    /// <summary>
    /// Makes <paramref name="connectionString"/>'s database usable as a template: nothing may be connected to a
    /// database while it is copied. It is dropped when the test run ends.
    /// </summary>
    public static string KeepAsTemplate(string connectionString)
    {
        // Every pool: the product connects with its own settings added (prepared statements, ADR 12), in a pool of its own.
        NpgsqlConnection.ClearAllPools();

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(connectionString).GetAwaiter().GetResult();
        return connectionString;
    }

    public static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new InvalidOperationException("The connection string names no database.");

    private static async Task<string> MigrateTemplateAsync()
    {
        var connectionString = await CreateEmptyAsync();
        var options = new DbContextOptionsBuilder<MediationDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly))
            .Options;
        await using (var db = new MediationDbContext(options))
        {
            await Database.MigrateAsync(db, CancellationToken.None);
        }

        return KeepAsTemplate(connectionString);
    }

    private static string On(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ToString();

    /// <summary>Runs a statement on the server's maintenance database, outside any other.</summary>
    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
