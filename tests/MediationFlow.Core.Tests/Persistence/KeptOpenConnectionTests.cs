using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// The SQLite connection stays open under EF Core's opens and closes so that its prepared statements are used again;
/// closed as EF Core closes it, it must still behave as a closed connection: nothing left open, nothing read stale.
/// </summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class KeptOpenConnectionTests : IDisposable
{
    private const string Count = "SELECT COUNT(*) FROM Notes";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mediationflow-kept-");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "kept.db") }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void A_command_with_the_same_text_is_lent_again_across_closes_with_its_statement_prepared()
    {
        using var connection = Created();
        var first = Run(connection, Count);
        connection.Close();
        connection.Open();

        var second = Run(connection, Count);

        Assert.Same(first, second);
        Assert.NotSame(first, Run(connection, "SELECT COUNT(*) FROM Notes WHERE Text = 'a'"));
    }

    [Fact]
    public void Closing_it_rolls_back_a_transaction_left_open_as_a_real_close_does()
    {
        using var connection = Created();
        var transaction = connection.BeginTransaction();
        Execute(connection, "INSERT INTO Notes (Text) VALUES ('never committed')", transaction);

        connection.Close();
        connection.Open();

        Assert.Equal(0L, Scalar(connection, Count));
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public void A_reader_left_open_at_close_does_not_keep_the_connection_reading_an_old_snapshot()
    {
        using var reading = Created();
        Execute(reading, "INSERT INTO Notes (Text) VALUES ('one'), ('two')");
        reading.Expect("SELECT Text FROM Notes");
        var command = reading.CreateCommand();
        command.CommandText = "SELECT Text FROM Notes";
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        reading.Close();
        using (var writing = new SqliteConnection(ConnectionString))
        {
            writing.Open();
            Execute(writing, "INSERT INTO Notes (Text) VALUES ('three')");
        }

        reading.Open();
        Assert.Equal(3L, Scalar(reading, Count));
    }

    [Fact]
    public void It_keeps_at_most_its_capacity_and_gives_up_the_least_recently_used_first()
    {
        using var connection = Created();
        var oldest = Run(connection, "SELECT 0");
        var recent = Run(connection, "SELECT 1");
        for (var i = 2; i <= KeptOpenConnection.Capacity; i++)
        {
            Run(connection, $"SELECT {i}");
        }

        Run(connection, "SELECT 1");

        Assert.NotSame(oldest, Run(connection, "SELECT 0"));
        Assert.Same(recent, Run(connection, "SELECT 1"));
    }

    [Fact]
    public void Letting_go_of_the_file_closes_idle_connections_to_it_only_and_they_open_again_on_their_next_use()
    {
        using var idle = Created();
        using var busy = new KeptOpenConnection(ConnectionString);
        busy.Open();
        Run(idle, Count);
        idle.Close();

        Database.CloseIdleConnections(ConnectionString);

        Assert.Null(idle.Handle);
        Assert.NotNull(busy.Handle);
        idle.Open();
        Assert.Equal(0L, Scalar(idle, Count));
    }

    [Fact]
    public void Disposing_it_closes_the_native_connection_for_good()
    {
        var connection = Created();
        Run(connection, Count);

        connection.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        Assert.Null(connection.Handle);
    }

    private KeptOpenConnection Created()
    {
        var connection = new KeptOpenConnection(ConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)");
        return connection;
    }

    /// <summary>Runs <paramref name="text"/> as EF Core does (the text announced, a command made, used, disposed) and returns the command used.</summary>
    private static SqliteCommand Run(KeptOpenConnection connection, string text)
    {
        connection.Expect(text);
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.ExecuteScalar();
        command.Dispose();
        return command;
    }

    private static long Scalar(SqliteConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string text, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
