using System.Data.Common;
using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Deleting a workshop removes every row of its practice and nothing else: counted per table of the
/// database, so a table added later is covered without naming it here.
/// </summary>
public sealed class WorkshopDeletionTests
{
    /// <summary>The tables the set-up below must have written sandbox rows to, or the counts would prove little.</summary>
    private static readonly string[] Exercised =
    [
        "Workshops", "WorkshopTeams", "WorkshopTrainees", "WorkshopEventFirings", "Cases", "CaseEvents", "DueTimers", "Notifications",
        "AuditEntries", "Parties", "Consents", "ConflictDeclarations", "MediationAgreements", "Sessions", "SessionAttendances", "SettlementAgreements", "Obligations",
    ];

    [Fact]
    public async Task Deleting_a_workshop_removes_its_sandbox_data_and_leaves_real_cases_and_other_workshops_untouched()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var (workshop, kept, real) = await SetUpAsync(app);
        var sandbox = await app.WithDbAsync(db => db.Cases.Where(c => c.WorkshopId == workshop.Id).Select(c => c.Id).ToListAsync());
        var teams = await app.WithDbAsync(db => db.WorkshopTeams.Where(t => t.WorkshopId == workshop.Id).Select(t => t.Id).ToListAsync());
        var before = await CountAsync(app);
        var removed = await CountAsync(app, workshop.Id, sandbox, teams);
        var rowsBefore = await DatabaseDump.RowsAsync(app);
        Assert.All(Exercised, table => Assert.True(removed[table] > 0, $"The set-up wrote no sandbox row to {table}."));

        var deleted = await app.SendAsync<int>(d.TrainerA, new DeleteWorkshop.Command(workshop.Id));

        Assert.Equal(2, deleted);

        // Every table lost exactly the workshop's rows; the audit trail gained the entry for the deletion itself.
        var after = await CountAsync(app);
        Assert.Equal(
            before.Select(t => $"{t.Key}: {t.Value - removed[t.Key] + (t.Key == "AuditEntries" ? 1 : 0)}"),
            after.Select(t => $"{t.Key}: {t.Value}"));
        Assert.Equal(0, (await CountAsync(app, workshop.Id, sandbox, teams)).Values.Sum());

        // No remaining row was changed (the dump leaves the audit trail out).
        var rowsAfter = await DatabaseDump.RowsAsync(app);
        Assert.Empty(rowsAfter.Except(rowsBefore));

        // Real cases and the other workshop still work as before.
        Assert.Equal(real.Version, (await real.ViewAsync(d.ChairA)).Version);
        Assert.Equal("registered", (await kept.ViewAsync(d.TraineeA)).State);
        await Assert.ThrowsAsync<NotFoundException>(() => workshop.ViewAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<CaseView>(d.TrainerA, new GetCase.Query(sandbox[0])));
    }

    /// <summary>
    /// Real cases with timers, notifications and audit entries; workshop 1 (to delete) with team 1's case
    /// waiting for the chair's review, team 2's deadline passed on the workshop clock, events fired and reads audited; and
    /// workshop 2, kept, whose case trainee A also works.
    /// </summary>
    private static async Task<(WorkshopDriver Workshop, CaseDriver Kept, CaseDriver Real)> SetUpAsync(TestApp app)
    {
        var d = app.Data;
        var real = await CaseDriver.OpenAsync(app);
        await real.ToAwaitingApprovalAsync();
        var inMediation = await CaseDriver.OpenAsync(app);
        await inMediation.IntoMediationAsync();
        await real.ViewAsync(d.ChairA);

        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var team1 = await workshop.TeamCaseAsync("Team 1");
        await team1.ToSandboxReviewAsync(d.TrainerA, d.TraineeA);
        var team2 = await workshop.TeamCaseAsync("Team 2");
        await team2.IntoSandboxMediationAsync(d.TrainerA, await Trainees.EnsureAsync(app, Trainees.Second));
        await workshop.AdvanceAsync(days: 31);

        // Teams 1 and 2 (version 3, whose term runs until the parties sign): each warned, then its deadline passed.
        Assert.Equal(4, await app.PumpAsync());
        await team1.ViewAsync(d.TrainerA);

        // Sandbox cases write no notifications (SandboxIsolationTests); one written anyway, as by an older
        // version, must still go with its case rather than point at nothing.
        await app.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification { CaseId = team1.CaseId, UserId = d.TrainerA, Template = "approvalRequested", CreatedAt = app.Time.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        var other = await WorkshopDriver.CreateAsync(app);
        await other.AddTeamAsync("Kept", "trainee.a");
        await other.StartAsync();
        return (workshop, await other.TeamCaseAsync("Kept"), real);
    }

    /// <summary>Rows per table; with a workshop given, only the rows that belong to it (by workshop, case or team).</summary>
    private static async Task<Dictionary<string, long>> CountAsync(TestApp app, long? workshopId = null, IReadOnlyList<long>? cases = null, IReadOnlyList<long>? teams = null)
    {
        var postgreSql = app.Database.Provider == DatabaseProvider.PostgreSql;
        await using DbConnection connection = postgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = await ListAsync(connection, postgreSql
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var where = "1 = 1";
            if (workshopId is { } id)
            {
                var columns = await ListAsync(connection, postgreSql
                    ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
                    : $"SELECT name FROM pragma_table_info('{table}')");
                var belongs = new List<string>();
                if (table == "Workshops")
                {
                    belongs.Add($"\"Id\" = {id}");
                }

                if (columns.Contains("WorkshopId"))
                {
                    belongs.Add($"\"WorkshopId\" = {id}");
                }

                if (columns.Contains("CaseId"))
                {
                    belongs.Add($"\"CaseId\" IN ({In(cases!)})");
                }

                if (columns.Contains("TeamId"))
                {
                    belongs.Add($"\"TeamId\" IN ({In(teams!)})");
                }

                // Attendance (version 3) belongs to a session, not directly to a case.
                if (columns.Contains("SessionId"))
                {
                    belongs.Add($"\"SessionId\" IN (SELECT \"Id\" FROM \"Sessions\" WHERE \"CaseId\" IN ({In(cases!)}))");
                }

                where = belongs.Count == 0 ? "0 = 1" : string.Join(" OR ", belongs);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {where}";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static string In(IReadOnlyList<long> ids) => ids.Count == 0 ? "NULL" : string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
