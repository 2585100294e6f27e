using System.Data.Common;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// Where a benchmark's application keeps its data: a SQLite file in <see cref="Folder"/>, or a PostgreSQL database
/// (the folder then holds only what the product keeps beside its database).
/// </summary>
public sealed record BenchmarkDatabase(string Folder, DatabaseSettings Settings, string Label)
{
    public static BenchmarkDatabase Sqlite(string folder) => new(folder, DatabaseSettings.Sqlite(folder), "SQLite");

    public static BenchmarkDatabase PostgreSql(string folder, string connectionString, string name) =>
        new(folder, DatabaseSettings.PostgreSql(connectionString), "PostgreSQL " + name);

    public bool IsPostgreSql => Settings.Provider == DatabaseProvider.PostgreSql;

    public string Provider => IsPostgreSql ? "PostgreSQL" : "SQLite";

    /// <summary>A plain connection for what a driver reads outside the timed sections (both providers take <c>@name</c> parameters).</summary>
    public DbConnection Connect() => IsPostgreSql ? new NpgsqlConnection(Settings.ConnectionString) : new SqliteConnection(Settings.ConnectionString);
}
