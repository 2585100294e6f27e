using System.Text.Json;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// What is said in mediation is the case's mediator's alone (Law on Mediation: confidentiality). One case per
/// confidential field of versions 1 and 2, its text a marker found nowhere else; every actor reads the case and its
/// history: the assigned mediator gets the text, the chair learns only that a note exists, nobody else reaches the case.
/// </summary>
public sealed class ConfidentialityMatrixTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private const string Text = "text", Exists = "exists", NotFound = "NotFound", Unauthenticated = "Unauthenticated";

    /// <summary>The confidential fields of versions 1 and 2, as action.field.</summary>
    public static readonly string[] Fields =
        ["recordSession.outcomeNote", "recordDecline.reason", "withdraw.reason", "declareImpasse.note", "recuse.reason"];

    /// <summary>Per field the same outcomes, in the order of <see cref="AuthorizationMatrixTests.Actors"/>.</summary>
    private static readonly string[] Expected =
        [Exists, Text, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated];

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var field in Fields)
        {
            for (var i = 0; i < AuthorizationMatrixTests.Actors.Length; i++)
            {
                data.Add(field, AuthorizationMatrixTests.Actors[i], Expected[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_confidential_field_is_read_only_by_the_cases_mediator(string field, string actor, string expected)
    {
        var app = fixture.App;
        var (caseId, marker) = await CaseWithNoteAsync(app, field);

        Assert.Equal(expected, await OutcomeAsync(app, actor, caseId, field.Split('.')[1], marker));
    }

    [Fact]
    public void Every_confidential_field_of_the_shipped_versions_1_and_2_has_a_row()
    {
        var declared = TestApp.Workflows.All.Where(w => w.Definition.Version <= 2)
            .SelectMany(w => w.Definition.Transitions.SelectMany(t => t.Input.Where(i => i.Confidential).Select(i => $"{t.Trigger}.{i.Name}")))
            .Distinct();

        Assert.Equal(declared.Order(), Fields.Order());
    }

    [Fact]
    public async Task On_a_sandbox_case_the_team_reads_its_notes_and_the_trainer_only_that_they_exist()
    {
        var app = fixture.App;
        var d = app.Data;
        var workshop = await WorkshopDriver.CreateAsync(app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        await workshop.StartAsync();
        var driver = await workshop.TeamCaseAsync("Team 1");
        await driver.IntoSandboxMediationAsync(d.TrainerA, d.TraineeA);
        var marker = Marker();
        var today = await driver.WorkshopTodayAsync(d.TraineeA);
        await driver.TakeAsync(d.TraineeA, "scheduleSession", ("plannedAt", today + "T08:00"), ("kind", "joint"));
        var view = await driver.ViewAsync(d.TraineeA);
        await driver.TakeAsync(d.TraineeA, "recordSession", ("session", Key(view.Sessions.Single().Id)), ("heldAt", today + "T09:00"),
            ("attended", string.Join(',', view.Parties.Select(p => "party:" + Key(p.Id)))), ("outcomeNote", marker));

        Assert.Equal(Text, await OutcomeAsync(app, "traineeA", driver.CaseId, "outcomeNote", marker));
        Assert.Equal(Exists, await OutcomeAsync(app, "trainerA", driver.CaseId, "outcomeNote", marker));
    }

    /// <summary>
    /// The reader's view of one note: its text in the case and its history ("text"), or the bare marker in both
    /// ("exists"); any other mix fails the test, as does the text anywhere for a reader who gets only the marker.
    /// </summary>
    private static async Task<string> OutcomeAsync(TestApp app, string actor, long caseId, string field, string marker)
    {
        CaseView view;
        IReadOnlyList<GetHistory.HistoryEntry> history;
        try
        {
            view = await SendAsync<CaseView>(app, actor, new GetCase.Query(caseId));
            history = await SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(app, actor, new GetHistory.Query(caseId));
        }
        catch (NotFoundException)
        {
            return NotFound;
        }
        catch (UnauthenticatedException)
        {
            return Unauthenticated;
        }

        var shown = JsonSerializer.Serialize(view) + JsonSerializer.Serialize(history);
        var entry = history.Last(h => h.Input.ValueKind == JsonValueKind.Object && h.Input.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object);
        var value = entry.Input.GetProperty(field);
        Assert.True(value.GetProperty("confidential").GetBoolean());
        if (value.TryGetProperty("text", out var text))
        {
            Assert.Equal(marker, text.GetString());
            return Text;
        }

        Assert.DoesNotContain(marker, shown, StringComparison.Ordinal);
        return Exists;
    }

    private static Task<T> SendAsync<T>(TestApp app, string actor, Mediator.IMessage request) => actor switch
    {
        "system" => app.SendAsSystemAsync<T>(request),
        "anonymous" => app.SendAsync<T>(null, request),
        _ => app.SendAsync<T>(Actor(app.Data, actor), request),
    };

    private static Guid Actor(TestData d, string actor) => actor switch
    {
        "chairA" => d.ChairA,
        "mediatorA" => d.MediatorA,
        "mediatorA2" => d.MediatorA2,
        "analystA" => d.AnalystA,
        "adminA" => d.AdminA,
        "chairB" => d.ChairB,
        "mediatorB" => d.MediatorB,
        "trainerA" => d.TrainerA,
        "traineeA" => d.TraineeA,
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, null),
    };

    private static string Marker() => $"MATRIX-NOTE-{Guid.NewGuid():N}";

    /// <summary>A fresh case whose one confidential field holds a new marker; mediator A is its mediator at the end.</summary>
    private static async Task<(long CaseId, string Marker)> CaseWithNoteAsync(TestApp app, string field)
    {
        var d = app.Data;
        var marker = Marker();
        var driver = await CaseDriver.OpenAsync(app);
        switch (field)
        {
            case "recordSession.outcomeNote":
                await driver.IntoMediationAsync();
                await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));
                var session = (await driver.ViewAsync(d.MediatorA)).Sessions.Single();
                await driver.TakeAsync(d.MediatorA, "recordSession", ("session", Key(session.Id)), ("attendance", "held"), ("outcomeNote", marker));
                break;
            case "recordDecline.reason":
                await driver.ToAwaitingConsentAsync();
                await driver.TakeAsync(d.MediatorA, "recordDecline", ("party", Key((await driver.PartyAsync(PartyRole.Respondent)).Id)), ("reason", marker));
                break;
            case "withdraw.reason":
                await driver.IntoMediationAsync();
                await driver.TakeAsync(d.MediatorA, "withdraw", ("party", Key((await driver.PartyAsync(PartyRole.Applicant)).Id)), ("reason", marker));
                break;
            case "declareImpasse.note":
                await driver.IntoMediationAsync();
                await driver.HoldSessionAsync();
                await driver.TakeAsync(d.MediatorA, "declareImpasse", ("note", marker));
                break;
            case "recuse.reason":
                // Mediator A2 recuses and the chair assigns mediator A, who as the case's mediator now reads the reason.
                await driver.ToAwaitingDeclarationAsync(d.MediatorA2);
                await driver.TakeAsync(d.MediatorA2, "recuse", ("reason", marker));
                await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }

        return (driver.CaseId, marker);
    }
}
