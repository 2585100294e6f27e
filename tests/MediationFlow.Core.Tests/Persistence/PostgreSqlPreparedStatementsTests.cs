using MediationFlow.Core.Persistence;
using Npgsql;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// On PostgreSQL, Npgsql prepares the statements a connection runs again (ADR 12) unless the operator's connection
/// string says how many, or none (a PgBouncer in transaction mode cannot keep prepared statements).
/// </summary>
public sealed class PostgreSqlPreparedStatementsTests
{
    [Fact]
    public void A_connection_string_that_does_not_say_gets_statements_prepared()
    {
        var prepared = new NpgsqlConnectionStringBuilder(ProviderOptions.WithPreparedStatements("Host=db.example;Username=mediationflow;Password=secret"));

        Assert.Equal(ProviderOptions.PreparedStatementsPerConnection, prepared.MaxAutoPrepare);
        Assert.Equal(("db.example", "mediationflow", "secret"), (prepared.Host, prepared.Username, prepared.Password));
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;MaxAutoPrepare=20", 20)]
    [InlineData("host=db.example;max auto prepare=5", 5)]
    public void The_operators_own_setting_stands_even_none(string connectionString, int expected)
    {
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(ProviderOptions.WithPreparedStatements(connectionString)).MaxAutoPrepare);
    }
}
