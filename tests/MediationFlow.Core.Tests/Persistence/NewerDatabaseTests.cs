using System.Globalization;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// A program never starts on a database a newer program has migrated (on either provider): it would read and write a
/// schema it does not know. The refusal names the migrations it does not know, in the operator's language.
/// </summary>
public sealed class NewerDatabaseTests
{
    public const string FutureMigration = "29991231000000_FromANewerProgram";

    [Theory]
    [InlineData("en", "a newer version of MediationFlow")]
    [InlineData("ru", "более новой версии MediationFlow")]
    [InlineData("kk", "MediationFlow-тың жаңарақ нұсқасының")]
    public async Task A_database_with_a_migration_the_program_does_not_know_is_refused_naming_it(string language, string words)
    {
        await using var app = await TestApp.StartAsync();
        await app.WithDbAsync(db => MarkAsMigratedByANewerProgramAsync(db));

        var previous = CultureInfo.CurrentUICulture;
        DatabaseNewerThanProgramException refusal;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            refusal = await Assert.ThrowsAsync<DatabaseNewerThanProgramException>(() => app.WithDbAsync(async db =>
            {
                await Database.MigrateAsync(db, TestContext.Current.CancellationToken);
                return 0;
            }));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal([FutureMigration], refusal.UnknownMigrations);
        Assert.Contains(FutureMigration, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(words, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_the_program_knows_is_migrated_again_without_complaint()
    {
        await using var app = await TestApp.StartAsync();

        var (known, applied) = await app.WithDbAsync(async db =>
        {
            await Database.MigrateAsync(db, TestContext.Current.CancellationToken);
            return (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList());
        });

        Assert.NotEmpty(known);
        Assert.Equal(known, applied);
    }

    /// <summary>What a newer program leaves behind: a row in EF Core's history for a migration this program lacks.</summary>
    public static async Task<int> MarkAsMigratedByANewerProgramAsync(MediationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{FutureMigration}', '99.0.0')");
    }
}
