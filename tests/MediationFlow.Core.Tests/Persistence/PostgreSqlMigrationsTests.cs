using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// The PostgreSQL migrations (project MediationFlow.Migrations.PostgreSql) follow the same model as the SQLite ones:
/// a change to the model without a PostgreSQL migration fails here, with or without a server.
/// </summary>
public sealed class PostgreSqlMigrationsTests
{
    [Fact]
    public void The_model_has_no_change_without_a_PostgreSQL_migration()
    {
        using var db = DesignTimeContext("Host=localhost;Database=mediationflow");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the last PostgreSQL migration: add one with dotnet ef migrations add <Name> --project src/MediationFlow.Migrations.PostgreSql --startup-project src/MediationFlow.Migrations.PostgreSql.");
    }

    [Fact]
    public async Task A_new_PostgreSQL_database_gets_every_migration()
    {
        PostgresPrerequisite.Require();
        var connectionString = await TestDatabases.CreateEmptyAsync();
        try
        {
            await using var db = DesignTimeContext(connectionString);
            await Database.MigrateAsync(db, TestContext.Current.CancellationToken);

            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    private static MediationDbContext DesignTimeContext(string connectionString) =>
        new(new DbContextOptionsBuilder<MediationDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly))
            .Options);
}
