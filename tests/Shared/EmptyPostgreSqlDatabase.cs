using Npgsql;

namespace MediationFlow.Testing;

/// <summary>A new PostgreSQL database with nothing in it, not even the schema, dropped on disposal: what <c>data copy</c> is pointed at.</summary>
internal sealed class EmptyPostgreSqlDatabase : IAsyncDisposable
{
    private EmptyPostgreSqlDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<EmptyPostgreSqlDatabase> CreateAsync()
    {
        var server = PostgresPrerequisite.Require();
        var name = $"mediationflow_test_copy_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new EmptyPostgreSqlDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    /// <summary>Whether any of the model's tables exists yet (the copy migrates the database first).</summary>
    public async Task<bool> HasTablesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('\"Cases\"') IS NOT NULL", connection);
        return await command.ExecuteScalarAsync() is true;
    }

    public async ValueTask DisposeAsync() => await TestDatabases.DropAsync(ConnectionString);
}
