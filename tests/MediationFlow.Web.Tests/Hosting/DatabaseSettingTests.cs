using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// <c>MediationFlow:Database</c> selects the engine (SQLite by default, or PostgreSQL with <c>ConnectionStrings:MediationFlow</c>);
/// a wrong setting, or a database a newer program has migrated, stops the host before it serves anyone.
/// </summary>
public sealed class DatabaseSettingTests : IDisposable
{
    private const string NewerMigration = "29991231000000_FromANewerProgram";

    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-database-setting-").FullName;

    [Fact]
    public void Without_the_setting_the_database_is_the_SQLite_file_in_the_data_folder()
    {
        var database = WebHost.DatabaseSetting(new MediationFlowOptions { DataDirectory = _folder }, Configuration());

        Assert.Equal(DatabaseSettings.Sqlite(_folder), database);
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgresql")]
    public void PostgreSQL_takes_the_connection_string_from_configuration(string setting)
    {
        const string connection = "Host=db.example;Database=mediationflow;Username=mediationflow";

        var database = WebHost.DatabaseSetting(new MediationFlowOptions { DataDirectory = _folder, Database = setting },
            Configuration(("ConnectionStrings:MediationFlow", connection)));

        Assert.Equal(DatabaseSettings.PostgreSql(connection), database);
    }

    [Fact]
    public void An_unknown_engine_is_refused_naming_the_setting_and_the_choices()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() =>
            WebHost.DatabaseSetting(new MediationFlowOptions { DataDirectory = _folder, Database = "Oracle" }, Configuration()));

        Assert.Equal("MediationFlow:Database: 'Oracle' is not one of: Sqlite, PostgreSQL", refusal.Message);
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused_naming_it()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() =>
            WebHost.DatabaseSetting(new MediationFlowOptions { DataDirectory = _folder, Database = "PostgreSQL" }, Configuration()));

        Assert.Equal("ConnectionStrings:MediationFlow", refusal.Setting);
        Assert.Contains("ConnectionStrings__MediationFlow", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_that_cannot_be_read_is_refused_naming_the_keyword()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() => WebHost.DatabaseSetting(
            new MediationFlowOptions { DataDirectory = _folder, Database = "PostgreSQL" },
            Configuration(("ConnectionStrings:MediationFlow", "Host=db;Usrname=mediationflow"))));

        Assert.Equal("ConnectionStrings:MediationFlow", refusal.Setting);
        Assert.StartsWith("ConnectionStrings:MediationFlow: cannot be read: 'Usrname' ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_a_newer_program_migrated_stops_the_host_with_the_migration_named()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        var database = TestDatabases.OnPostgreSql ? DatabaseSettings.PostgreSql(await TestDatabases.CreateAsync()) : DatabaseSettings.Sqlite(data);
        try
        {
            await MarkAsMigratedByANewerProgramAsync(database);
            string[] engine = database.Provider == DatabaseProvider.PostgreSql
                ? ["--MediationFlow:Database=PostgreSQL", $"--ConnectionStrings:MediationFlow={database.ConnectionString}", .. TestKeyCertificate.HostArguments]
                : [];

            using var host = HostProcess.Start(_folder, ["--data", data, "--environment", "Production", "--urls", "http://127.0.0.1:0", .. engine]);

            Assert.Equal(1, await host.ExitCodeAsync());
            Assert.Contains($"({NewerMigration})", host.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(host.Output, l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal) || l.Contains("password", StringComparison.Ordinal));
        }
        finally
        {
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                await TestDatabases.DropAsync(database.ConnectionString);
            }
        }
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_folder);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    /// <summary>A migrated database with a row in EF Core's history for a migration this program lacks, as a newer program leaves it.</summary>
    private static async Task MarkAsMigratedByANewerProgramAsync(DatabaseSettings database)
    {
        var options = new DbContextOptionsBuilder<MediationDbContext>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(database.ConnectionString);
        }

        await using var db = new MediationDbContext(options.Options);
        await Database.MigrateAsync(db, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{NewerMigration}', '99.0.0')");
        await db.Database.CloseConnectionAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
