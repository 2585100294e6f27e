using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// The migration that brings in rounds, representatives, participants and confidential notes, run on a database
/// holding rows as version 2 wrote them: a representative's name on the party, session notes on the session and in
/// the history, reasons for recusal, decline, withdrawal and impasse in the history.
/// </summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class LawfulProcessMigrationTests : IAsyncLifetime
{
    private const string Initial = "20261204202133_Initial";
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();
    private static readonly DateTimeOffset At = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);
    private static readonly Guid Mediator = Guid.Parse("6f1d0c0e-3a52-4d0b-9a51-0d7c1b2e3f40");
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-migration-").FullName;

    private MediationDbContext Context() =>
        new(new DbContextOptionsBuilder<MediationDbContext>().UseSqlite(Database.SqliteConnectionString(_folder)).Options);

    public async ValueTask InitializeAsync()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(Initial, TestContext.Current.CancellationToken);
        await ExecuteAsync(db, $"""
            INSERT INTO "Councils" ("Id", "Code", "NameKk", "NameRu", "NameEn", "Level", "Path") VALUES (1, 'AKM-01', 'А', 'А', 'A', 'District', '/1/');
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "PreferredLanguage", "UserName", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                VALUES ('{Upper(Mediator)}', 'Mediator', 'ru', 'mediator', 0, 0, 0, 0, 0);
            INSERT INTO "Cases" ("Id", "Number", "CouncilId", "Year", "Category", "Description", "AffectsThirdParties", "PartyLacksCapacity",
                "CorruptionOrPublicServiceOffence", "DefinitionId", "DefinitionVersion", "State", "Stage", "IsClosed", "Version", "RegisteredById",
                "AssignedMediatorId", "RegisteredAt", "LastActivityAt", "Extensions", "DatesJson")
                VALUES (7, 'AKM-01-2026-0007', 1, 2026, 'NeighboursAndHousing', 'A fence.', 0, 0, 0, 'community-mediation', 2, 'withdrawn', 'closed', 1, 7,
                    '{Upper(Mediator)}', '{Upper(Mediator)}', {Binary(At)}, {Binary(At)}, 0, '{"{"}{"}"}');
            INSERT INTO "Parties" ("Id", "CaseId", "Role", "FullName", "NameKey", "PreferredLanguage", "Representative")
                VALUES (70, 7, 'Applicant', 'Aigerim', 'aigerim', 'kk', NULL), (71, 7, 'Respondent', 'Nurlan', 'nurlan', 'ru', ' Daughter, Aliya Bekova ');
            INSERT INTO "Sessions" ("Id", "CaseId", "PlannedAt", "Online", "Recorded", "NoShow", "OutcomeNote", "RecordedAt", "Superseded")
                VALUES (700, 7, {Binary(At)}, 0, 1, 0, 'NOTE-SESSION', {Binary(At)}, 0), (701, 7, {Binary(At)}, 0, 1, 1, NULL, {Binary(At)}, 0);
            INSERT INTO "ConflictDeclarations" ("CaseId", "MediatorId", "Recused", "Reason", "DeclaredAt") VALUES (7, '{Upper(Mediator)}', 1, 'NOTE-RECUSE', {Binary(At)});
            """);
        string[] inputs =
        [
            "{}",
            """{"reason":"NOTE-RECUSE"}""",
            """{"session":"700","attendance":"held","outcomeNote":"NOTE-SESSION"}""",
            """{"session":"701","attendance":"noShow","absentParty":"71"}""",
            """{"note":"NOTE-IMPASSE"}""",
            """{"party":"71","reason":"NOTE-DECLINE"}""",
            """{"party":"70","reason":""}""",
        ];
        string[] triggers = ["open", "recuse", "recordSession", "recordSession", "declareImpasse", "recordDecline", "withdraw"];
        for (var i = 0; i < inputs.Length; i++)
        {
            await ExecuteAsync(db, $"""
                INSERT INTO "CaseEvents" ("CaseId", "Sequence", "OccurredAt", "ActorId", "Trigger", "FromState", "ToState", "DefinitionId", "DefinitionVersion", "InputJson")
                VALUES (7, {i + 1}, {Binary(At.AddDays(i))}, '{Upper(Mediator)}', '{triggers[i]}', 'inMediation', 'inMediation', 'community-mediation', 2, '{inputs[i]}');
                """);
        }

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_representative_named_on_a_party_becomes_a_representative_without_a_recorded_document()
    {
        await using var db = Context();

        var representative = await db.Representatives.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal((7L, 71L, "Daughter, Aliya Bekova", AuthorityKind.NotRecorded, false),
            (representative.CaseId, representative.PartyId, representative.FullName, representative.AuthorityKind, representative.HasAuthority));
        Assert.DoesNotContain("Representative", await ColumnsAsync(db, "Parties"));
    }

    [Fact]
    public async Task What_was_said_in_mediation_leaves_the_history_for_confidential_notes()
    {
        await using var db = Context();

        var notes = await db.ConfidentialNotes.AsNoTracking().OrderBy(n => n.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        var events = await db.CaseEvents.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.InputJson).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [(2, "reason", (long?)null, "NOTE-RECUSE"), (3, "outcomeNote", 700L, "NOTE-SESSION"), (5, "note", null, "NOTE-IMPASSE"), (6, "reason", null, "NOTE-DECLINE")],
            notes.Select(n => (n.Sequence, n.Field, n.SessionId, n.Text)));
        Assert.All(notes, n => Assert.Equal((7L, 1, (Guid?)Mediator, At.AddDays(n.Sequence - 1)), (n.CaseId, n.Round, n.AuthorId, n.RecordedAt)));
        Assert.Equal(
            [
                "{}",
                """{"reason":{"confidential":true}}""",
                """{"session":"700","attendance":"held","outcomeNote":{"confidential":true}}""",
                """{"session":"701","attendance":"noShow","absentParty":"71"}""",
                """{"note":{"confidential":true}}""",
                """{"party":"71","reason":{"confidential":true}}""",
                """{"party":"70","reason":""}""",
            ],
            events);
    }

    [Fact]
    public async Task No_text_of_a_note_is_left_on_the_session_or_the_declaration()
    {
        await using var db = Context();

        Assert.DoesNotContain("OutcomeNote", await ColumnsAsync(db, "Sessions"));
        Assert.DoesNotContain("Reason", await ColumnsAsync(db, "ConflictDeclarations"));
        Assert.Equal(2, await db.Sessions.CountAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.ConflictDeclarations.AsNoTracking().AnyAsync(d => d.Recused && d.MediatorId == Mediator, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rows_from_before_rounds_belong_to_the_first_round()
    {
        await using var db = Context();

        var @case = await db.Cases.AsNoTracking().Include(c => c.Sessions).Include(c => c.Declarations).Include(c => c.Parties)
            .SingleAsync(c => c.Id == 7, TestContext.Current.CancellationToken);

        Assert.Equal((1, false, (ReferralSource?)null), (@case.Round, @case.StateBodyIsParty, @case.ReferralSource));
        Assert.All(@case.Sessions, s => Assert.Equal((1, SessionKind.Joint), (s.Round, s.Kind)));
        Assert.All(@case.Parties, p => Assert.Equal(PartyKind.Person, p.Kind));
        Assert.Equal(1, @case.Declarations.Single().Round);
        Assert.All(await db.CaseEvents.AsNoTracking().Select(e => e.Round).ToListAsync(TestContext.Current.CancellationToken), round => Assert.Equal(1, round));
        Assert.Equal(Council.DefaultTimeZone, await db.Councils.AsNoTracking().Select(c => c.TimeZone).SingleAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The v2 rows as written, braces of JSON included (EF Core's raw SQL would read them as placeholders).</summary>
    private static async Task ExecuteAsync(MediationDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> ColumnsAsync(MediationDbContext db, string table) =>
        await db.Database.SqlQuery<string>($"SELECT \"name\" AS \"Value\" FROM pragma_table_info({table})").ToListAsync(TestContext.Current.CancellationToken);

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private static string Binary(DateTimeOffset moment) => ((long)Instant.ConvertToProvider(moment)!).ToString(CultureInfo.InvariantCulture);
}
