using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// The migration that makes the register of mediators, run on entries as the demo register wrote them before: one
/// certificate and its date on the entry, no council, no number, no status.
/// </summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class MediatorRegisterMigrationTests : IAsyncLifetime
{
    private const string LawfulProcess = "20261204220438_LawfulProcess";
    private static readonly Guid Mediator = Guid.Parse("6f1d0c0e-3a52-4d0b-9a51-0d7c1b2e3f40");
    private static readonly Guid Uncertified = Guid.Parse("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-migration-").FullName;

    private MediationDbContext Context() =>
        new(new DbContextOptionsBuilder<MediationDbContext>().UseSqlite(Database.SqliteConnectionString(_folder)).Options);

    public async ValueTask InitializeAsync()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(LawfulProcess, TestContext.Current.CancellationToken);
        await ExecuteAsync(db, $"""
            INSERT INTO "Councils" ("Id", "Code", "NameKk", "NameRu", "NameEn", "Level", "Path") VALUES (1, 'AKM', 'А', 'А', 'A', 'Region', '/1/');
            INSERT INTO "Councils" ("Id", "Code", "NameKk", "NameRu", "NameEn", "Level", "Path", "ParentId") VALUES (2, 'AKM-01', 'Б', 'Б', 'B', 'District', '/1/2/', 1);
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "PreferredLanguage", "UserName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                VALUES ('{Upper(Mediator)}', 'Mediator', 'ru', 'mediator', 0, 0, 0, 0, 0), ('{Upper(Uncertified)}', 'Nobody yet', 'kk', 'nobody', 0, 0, 0, 0, 0);
            INSERT INTO "Memberships" ("UserId", "CouncilId", "Role") VALUES ('{Upper(Mediator)}', 2, 'Mediator');
            INSERT INTO "MediatorRegister" ("Id", "UserId", "Type", "Languages", "Specialisations", "TrainingCertificate", "CertifiedOn")
                VALUES (5, '{Upper(Mediator)}', 'Public', 'kk,ru', 'labour', 'ANK-2024-0153', '2024-05-17'), (6, '{Upper(Uncertified)}', 'Public', 'kk', '', NULL, NULL);
            """);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_entry_belongs_to_the_council_its_mediator_works_in_is_numbered_after_it_and_stays_active()
    {
        await using var db = Context();

        var entries = await db.MediatorRegister.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([(2, "AKM-01-0005", MediatorStatus.Active), (1, "AKM-0006", MediatorStatus.Active)], entries.Select(e => (e.CouncilId, e.Number, e.Status)));
        Assert.Equal(("kk,ru", "labour"), (entries[0].Languages, entries[0].Specialisations));
    }

    [Fact]
    public async Task The_certificate_on_an_entry_becomes_its_training_record_with_the_hours_unknown()
    {
        await using var db = Context();

        var training = await db.TrainingRecords.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        var record = Assert.Single(training);
        Assert.Equal((5, "ANK-2024-0153", new DateOnly(2024, 5, 17), (int?)null), (record.EntryId, record.CertificateNumber, record.CompletedOn, record.Hours));
    }

    private static async Task ExecuteAsync(MediationDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();
}
