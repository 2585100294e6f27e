using System.Globalization;
using Npgsql;

namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// The PostgreSQL server a driver measures on, from <c>--database PostgreSQL --connection &lt;server&gt; [--prefix name]</c>.
/// The connection string reaches the server with the right to create databases; the driver creates its own, each named
/// with the prefix (sample databases are kept for later runs, like the SQLite files; fresh ones are dropped after the run).
/// </summary>
public sealed record BenchmarkServer(string ConnectionString, string Prefix)
{
    public const string DefaultPrefix = "mediationflow_benchmark";

    /// <summary>Takes the provider options out of <paramref name="args"/>: the server, or null for SQLite, and the driver's own arguments.</summary>
    public static (BenchmarkServer? Server, string[] DriverArgs) Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        string? provider = null, connection = null, prefix = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" or "--connection" or "--prefix" when i + 1 >= args.Length:
                    throw new ArgumentException($"{args[i]} needs a value.");
                case "--database":
                    provider = args[++i];
                    break;
                case "--connection":
                    connection = args[++i];
                    break;
                case "--prefix":
                    prefix = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (provider is null || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return (null, [.. rest]);
        }

        if (!provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--database takes Sqlite or PostgreSQL, not '{provider}'.");
        }

        return (new BenchmarkServer(connection ?? throw new ArgumentException("--database PostgreSQL needs --connection <server connection string>."),
            prefix ?? DefaultPrefix), [.. rest]);
    }

    public string Name(string database) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}_{database}");

    public BenchmarkDatabase Database(string database, string folder) =>
        BenchmarkDatabase.PostgreSql(folder, new NpgsqlConnectionStringBuilder(ConnectionString) { Database = Name(database) }.ToString(), Name(database));

    /// <summary>The mark a completed database carries (its comment), or null when it is missing or was not completed.</summary>
    public async Task<string?> MarkOfAsync(string database) =>
        await ScalarAsync("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", Name(database)) as string;

    public Task MarkAsync(string database, string mark) =>
        ExecuteAsync($"COMMENT ON DATABASE \"{Name(database)}\" IS '{mark.Replace("'", "''", StringComparison.Ordinal)}'");

    /// <summary>An empty database of that name, whatever was there before.</summary>
    public async Task RecreateAsync(string database)
    {
        await DropAsync(database);
        await ExecuteAsync($"CREATE DATABASE \"{Name(database)}\"");
    }

    public async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name(database)}\" WITH (FORCE)");
    }

    /// <summary>The server's version, printed with every run's figures.</summary>
    public async Task<string> VersionAsync() => (string)(await ScalarAsync("SELECT version()", null))!;

    private async Task<object?> ScalarAsync(string sql, string? name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (name is not null)
        {
            command.Parameters.AddWithValue("name", name);
        }

        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
