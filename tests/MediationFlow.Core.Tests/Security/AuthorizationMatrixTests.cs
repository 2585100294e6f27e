using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.AccessTokens;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Features.Documents;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Features.Notifications;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Features.Timers;
using MediationFlow.Core.Features.Transfers;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Every request of the application layer × every kind of actor, against a case of council A assigned
/// to mediator A and waiting for consents, or against a fresh workshop of trainer A whose team is
/// trainee A. "NotFound" for a case or workshop the actor may not see, so that its existence does not
/// leak. Rows named "Request@sandbox…" send the request about a team's sandbox case instead.
/// </summary>
public sealed class AuthorizationMatrixTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private const string Ok = "ok", NotFound = "NotFound", Forbidden = "Forbidden", Unauthenticated = "Unauthenticated", Refused = "ActionRefused";

    public static readonly string[] Actors =
        ["chairA", "mediatorA", "mediatorA2", "analystA", "adminA", "chairB", "mediatorB", "trainerA", "traineeA", "anonymous", "system"];

    /// <summary>Expected outcome per request, in the order of <see cref="Actors"/>.</summary>
    public static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        // A trainer of council A is no caseworker there, and a trainee belongs to no council: no real case for either.
        ["GetCase"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["GetHistory"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["ListAssignableMediators"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["ListTransferCouncils"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["GenerateDocument"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // recordConsent belongs to the mediator: the chair sees the case but the workflow refuses the role.
        ["TakeAction"] = [Refused, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["EditParties"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // The case's data beside its parties is the same caseworkers' to change.
        ["EditScreening"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["EditReferral"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["AddRepresentative"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["EditRepresentative"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["RemoveRepresentative"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["AddParticipant"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["EditParticipant"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["RemoveParticipant"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // The case file follows the case: its caseworkers add to it, and whoever reads the case opens its signed copies.
        ["AttachToCaseFile"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["RecordGeneratedDocument"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["GetCaseFile"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["GetCaseFileEntry"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // A session's record is read as the session notes are: by the case's mediator, not the chair.
        ["GetCaseFileEntry@sessionRecord"] = [Forbidden, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // Lists are open to anyone signed in; what they contain is filtered (see CouncilIsolationTests, SandboxIsolationTests).
        ["GetInbox"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["SearchCases"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["GetApprovals"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["OpenCase"] = [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Unauthenticated],
        ["FireTimer"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ["MigrateCases"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],

        // A sandbox case is the workshop's: its trainer plays the chair, the team's trainee the mediator, and
        // nobody else reaches it, not even council A's chair under whose council it is filed.
        ["GetCase@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["GetHistory@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["ListAssignableMediators@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["ListTransferCouncils@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["GenerateDocument@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["TakeAction@sandbox:recordConsent"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Refused, Ok, Unauthenticated, Unauthenticated],
        ["TakeAction@sandbox:assignMediator"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Refused, Unauthenticated, Unauthenticated],
        ["AttachToCaseFile@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["GetCaseFileEntry@sandbox"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],

        ["GetMyCouncils"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],

        // A notification of chair A (the case's registration): only its addressee dismisses it.
        ["MarkNotificationsRead"] = [Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // Any member of council A, whatever the role; others are told it does not exist.
        ["GetCouncil"] = [Ok, Ok, Ok, Ok, Ok, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        // The register of mediators: read by any member of council A and kept by its chair and administrator (and
        // those of councils above it); a member without that role is refused, anyone else told it does not exist.
        ["GetRegister"] = [Ok, Ok, Ok, Ok, Ok, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["AddRegisterEntry"] = [Ok, Forbidden, Forbidden, Forbidden, Ok, NotFound, NotFound, Forbidden, NotFound, Unauthenticated, Unauthenticated],
        ["EditRegisterEntry"] = [Ok, Forbidden, Forbidden, Forbidden, Ok, NotFound, NotFound, Forbidden, NotFound, Unauthenticated, Unauthenticated],
        ["ChangeMediatorStatus"] = [Ok, Forbidden, Forbidden, Forbidden, Ok, NotFound, NotFound, Forbidden, NotFound, Unauthenticated, Unauthenticated],
        ["AddTrainingRecord"] = [Ok, Forbidden, Forbidden, Forbidden, Ok, NotFound, NotFound, Forbidden, NotFound, Unauthenticated, Unauthenticated],

        // Administration: the administrators of any council (the whole tree, never a case) and the CLI, which acts as the
        // system; anyone else signed in is refused.
        ["AddCouncil"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["AddUser"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["GrantRole"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["RevokeRole"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ListCouncils"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ImportCouncils"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ImportPeople"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["SearchCouncils"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["GetCouncilRecord"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["RenameCouncil"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["MoveCouncil"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["CloseCouncil"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["SearchPeople"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["GetPersonRecord"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["EditPerson"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["DeactivatePerson"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ReactivatePerson"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ResetPassword"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["EnterAdministration"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],

        // An import's dry run is a request of its own (a query, so that checking a file writes nothing).
        ["ImportCouncils@check"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ImportPeople@check"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Ok],
        ["ImportRegister"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ["ImportRegister@check"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],

        // Personal access tokens are each person's own; a token of chair A is revoked by chair A alone.
        ["CreateAccessToken"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["ListAccessTokens"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["RevokeAccessToken"] = [Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // Figures roll up the tree: council A's analyst and chair; nobody else learns the council exists.
        ["GetCouncilFigures"] = [Ok, NotFound, NotFound, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["CreateWorkshop"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Unauthenticated, Unauthenticated],

        // Running the workshop is its trainer's alone; to anyone else, the trainee included, it does not exist.
        ["AddTeam"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["StartWorkshop"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["ChangeClock"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["FireEvent"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["EndWorkshop"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["DeleteWorkshop"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],
        ["GetDebrief"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Unauthenticated, Unauthenticated],

        // The trainee follows the workshop too (their own team only: see WorkshopViewTests).
        ["GetWorkshop"] = [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, Unauthenticated, Unauthenticated],
        ["ListWorkshops"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],

        // The timer pump lets scripted events happen on schedule; no person sends it.
        ["FireDueEvents"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
    };

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (request, outcomes) in Expected)
        {
            for (var i = 0; i < Actors.Length; i++)
            {
                data.Add(request, Actors[i], outcomes[i]);
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_names_every_request_of_the_core_assembly()
    {
        var requests = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .Select(t => t.DeclaringType?.Name ?? t.Name)
            .Distinct();

        Assert.Equal(requests.Order(StringComparer.Ordinal), Expected.Keys.Select(RequestName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_row_names_an_outcome_for_every_actor()
    {
        Assert.All(Expected, row => Assert.True(row.Value.Length == Actors.Length, $"{row.Key} has {row.Value.Length} outcomes for {Actors.Length} actors"));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Request_by_actor_has_the_expected_outcome(string request, string actor, string expected)
    {
        var app = fixture.App;

        var message = await RequestAsync(app, request);

        var outcome = await OutcomeOf(() => SendAsync(app, actor, message));

        Assert.Equal(expected, outcome);
    }

    private static async Task<string> OutcomeOf(Func<Task> send)
    {
        try
        {
            await send();
            return Ok;
        }
        catch (NotFoundException)
        {
            return NotFound;
        }
        catch (ForbiddenException)
        {
            return Forbidden;
        }
        catch (UnauthenticatedException)
        {
            return Unauthenticated;
        }
        catch (ActionRefusedException)
        {
            return Refused;
        }
    }

    private static Task<object> SendAsync(TestApp app, string actor, IMessage request)
    {
        var d = app.Data;
        return actor switch
        {
            "system" => app.SendAsSystemAsync<object>(request),
            "anonymous" => app.SendAsync<object>(null, request),
            _ => app.SendAsync<object>(actor switch
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
            }, request),
        };
    }

    private static async Task<IMessage> RequestAsync(TestApp app, string request)
    {
        var d = app.Data;
        return request switch
        {
            "GetInbox" => new GetInbox.Query(),
            "SearchCases" => new SearchCases.Query(),
            "GetApprovals" => new GetApprovals.Query(),
            "OpenCase" => new OpenCase.Command(d.CouncilA, Domain.DisputeCategory.Consumer, "A refund refused", false, false, false,
                [new PartyDetails(PartyRole.Applicant, "Aliya"), new PartyDetails(PartyRole.Respondent, "Shop")]),
            "FireTimer" => new FireTimer.Command(long.MaxValue),
            "MigrateCases" => MigrateDryRun(),
            "GetMyCouncils" => new GetMyCouncils.Query(),
            "MarkNotificationsRead" => new MarkNotificationsRead.Command(await ChairsNewestNotificationAsync(app)),
            "GetCouncil" => new GetCouncil.Query(d.CouncilA),
            "GetCouncilFigures" => new GetCouncilFigures.Query(d.CouncilA),
            "AddCouncil" => new AddCouncil.Command("MX-" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(), Domain.CouncilLevel.Rural, "Матрица", "Матрица", "Matrix"),
            "AddUser" => new AddUser.Command(NewUserName(), "Matrix Person"),
            "GrantRole" => new GrantRole.Command(await NewUserAsync(app), "AKM-01", Domain.CouncilRole.Analyst),
            "RevokeRole" => new RevokeRole.Command(await NewAnalystOfCouncilAAsync(app), "AKM-01", Domain.CouncilRole.Analyst),
            "ListCouncils" => new ListCouncils.Query(),
            "ImportCouncils" => new ImportCouncils.Command(ImportSheet.Of(ImportCouncils.Columns, [new Dictionary<string, string>
            {
                ["Code"] = "MX-" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(), ["Level"] = "rural", ["NameKk"] = "Матрица", ["NameRu"] = "Матрица", ["NameEn"] = "Matrix",
            }])),
            "SearchCouncils" => new SearchCouncils.Query(Text: "AKM"),
            "GetCouncilRecord" => new GetCouncilRecord.Query(d.CouncilA),
            "RenameCouncil" => new RenameCouncil.Command(await NewCouncilAsync(app), "Матрица", "Матрица", "Matrix"),
            "MoveCouncil" => new MoveCouncil.Command(await NewCouncilAsync(app), "AKM-02"),
            "CloseCouncil" => new CloseCouncil.Command(await NewCouncilAsync(app)),
            "SearchPeople" => new SearchPeople.Query("chair"),
            "GetPersonRecord" => new GetPersonRecord.Query(d.ChairA),
            "EditPerson" => new EditPerson.Command(await NewPersonAsync(app), "Matrix Edited", "kk", null, null),
            "DeactivatePerson" => new DeactivatePerson.Command(await NewPersonAsync(app)),
            "ReactivatePerson" => new ReactivatePerson.Command(await NewDeactivatedPersonAsync(app)),
            "ResetPassword" => new ResetPassword.Command(await NewPersonAsync(app)),
            "EnterAdministration" => new EnterAdministration.Query(),
            "ImportCouncils@check" => new ImportCouncils.Check(ImportSheet.Of(ImportCouncils.Columns, [])),
            "ImportPeople@check" => new ImportPeople.Check(ImportSheet.Of(ImportPeople.Columns, [])),
            "ImportRegister" => new ImportRegister.Command(ImportSheet.Of(ImportRegister.Columns, [])),
            "ImportRegister@check" => new ImportRegister.Check(ImportSheet.Of(ImportRegister.Columns, [])),
            "ImportPeople" => new ImportPeople.Command(ImportSheet.Of(ImportPeople.Columns, [new Dictionary<string, string>
            {
                ["UserName"] = NewUserName(), ["FullName"] = "Matrix Person", ["Language"] = "ru", ["CouncilCode"] = "AKM-01", ["Roles"] = "analyst",
            }])),
            "CreateAccessToken" => new CreateAccessToken.Command("Matrix token", 30),
            "ListAccessTokens" => new ListAccessTokens.Query(),
            "RevokeAccessToken" => new RevokeAccessToken.Command((await app.SendAsync<CreateAccessToken.Created>(d.ChairA, new CreateAccessToken.Command("Chair's token", 30))).Id),
            "CreateWorkshop" => new CreateWorkshop.Command(d.CouncilA, WorkshopDriver.Scenario, "Matrix workshop"),
            "ListWorkshops" => new ListWorkshops.Query(),
            "FireDueEvents" => new FireDueEvents.Command((await WorkshopAsync(app, started: true)).Id),
            "GetCaseFileEntry@sessionRecord" => await CaseRequestAsync(app, request),
            _ when request is "GetRegister" or "AddRegisterEntry" or "EditRegisterEntry" or "ChangeMediatorStatus" or "AddTrainingRecord" =>
                await RegisterRequestAsync(app, request),
            _ when RequestName(request) != request => await SandboxRequestAsync(app, request),
            _ when WorkshopRequests.ContainsKey(request) => WorkshopRequests[request].Build(await WorkshopAsync(app, WorkshopRequests[request].Started)),
            _ => await CaseRequestAsync(app, request),
        };
    }

    private static string RequestName(string row) => row.Split('@')[0];

    /// <summary>Requests about one workshop of trainer A, and whether the workshop must have started for them.</summary>
    private static readonly Dictionary<string, (bool Started, Func<WorkshopDriver, IMessage> Build)> WorkshopRequests = new(StringComparer.Ordinal)
    {
        ["AddTeam"] = (false, w => new AddTeam.Command(w.Id, "Team 2", [Trainees.Second])),
        ["StartWorkshop"] = (false, w => new StartWorkshop.Command(w.Id)),
        ["ChangeClock"] = (true, w => new ChangeClock.Command(w.Id, ChangeClock.Change.Advance, new ClockStep(1))),
        ["FireEvent"] = (true, w => new FireEvent.Command(w.Id, "surveyorAvailable")),
        ["EndWorkshop"] = (true, w => new EndWorkshop.Command(w.Id)),
        ["DeleteWorkshop"] = (true, w => new DeleteWorkshop.Command(w.Id)),
        ["GetWorkshop"] = (true, w => new GetWorkshop.Query(w.Id)),
        ["GetDebrief"] = (true, w => new GetDebrief.Query(w.Id)),
    };

    /// <summary>A fresh workshop per row, created by trainer A with trainee A's team, so no row sees another's changes.</summary>
    private static async Task<WorkshopDriver> WorkshopAsync(TestApp app, bool started)
    {
        await Trainees.EnsureAsync(app, Trainees.Second);
        var workshop = await WorkshopDriver.CreateAsync(app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        if (started)
        {
            await workshop.StartAsync();
        }

        return workshop;
    }

    /// <summary>Team 1's sandbox case of a fresh workshop, brought to where the row's request applies.</summary>
    private static async Task<IMessage> SandboxRequestAsync(TestApp app, string request)
    {
        var d = app.Data;
        var workshop = await WorkshopAsync(app, started: true);
        var driver = await workshop.TeamCaseAsync("Team 1");
        switch (request)
        {
            case "GetCase@sandbox":
                return new GetCase.Query(driver.CaseId);
            case "GetHistory@sandbox":
                return new GetHistory.Query(driver.CaseId);
            case "ListAssignableMediators@sandbox":
                return new ListAssignableMediators.Query(driver.CaseId);
            case "ListTransferCouncils@sandbox":
                return new ListTransferCouncils.Query(driver.CaseId);
            case "GenerateDocument@sandbox":
                return new GenerateDocument.Query(driver.CaseId, "mediation-proposal", "kk");
            case "AttachToCaseFile@sandbox":
                return Attachment(driver.CaseId);
            case "GetCaseFileEntry@sandbox":
                var practised = await app.SendAsync<AttachToCaseFile.Attached>(d.TraineeA, Attachment(driver.CaseId));
                return new GetCaseFileEntry.Query(driver.CaseId, practised.EntryId);
            case "TakeAction@sandbox:assignMediator":
                await driver.TakeAsync(d.TraineeA, "acceptForMediation");
                return new TakeAction.Command(driver.CaseId, "assignMediator", driver.Version,
                    new Dictionary<string, string?> { ["mediator"] = d.TraineeA.ToString() });
            case "TakeAction@sandbox:recordConsent":
                await driver.ToAwaitingConsentAsync(d.TrainerA, d.TraineeA);
                var applicant = (await driver.ViewAsync(d.TraineeA)).Parties.Single(p => p.Role == PartyRole.Applicant);
                var today = await driver.WorkshopTodayAsync(d.TraineeA);
                return new TakeAction.Command(driver.CaseId, "recordConsent", driver.Version,
                    new Dictionary<string, string?> { ["party"] = applicant.Id.ToString(CultureInfo.InvariantCulture), ["consentedOn"] = today });
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request, null);
        }
    }

    /// <summary>A fresh case per row, so a row that changes it does not change what the next row sees.</summary>
    private static async Task<IMessage> CaseRequestAsync(TestApp app, string request)
    {
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));
        await driver.TakeAsync(d.MediatorA, "declareNoConflict", ("declaration", "true"));
        var applicant = (await driver.ViewAsync(d.MediatorA)).Parties.Single(p => p.Role == PartyRole.Applicant);
        return request switch
        {
            "GetCase" => new GetCase.Query(driver.CaseId),
            "GetHistory" => new GetHistory.Query(driver.CaseId),
            "ListAssignableMediators" => new ListAssignableMediators.Query(driver.CaseId),
            "ListTransferCouncils" => new ListTransferCouncils.Query(driver.CaseId),
            "GenerateDocument" => new GenerateDocument.Query(driver.CaseId, "settlement-agreement", "ru"),
            "TakeAction" => new TakeAction.Command(driver.CaseId, "recordConsent", driver.Version,
                new Dictionary<string, string?> { ["party"] = applicant.Id.ToString(CultureInfo.InvariantCulture) }),
            "EditParties" => new EditParties.Command(driver.CaseId, driver.Version, applicant.Id, new PartyDetails(PartyRole.Applicant, "Aigerim Sadykova-Bekova")),
            "EditScreening" => new EditScreening.Command(driver.CaseId, driver.Version, false, false, false, StateBodyIsParty: false),
            "EditReferral" => new EditReferral.Command(driver.CaseId, driver.Version, Domain.ReferralSource.Akimat),
            "AddRepresentative" => new AddRepresentative.Command(driver.CaseId, driver.Version, applicant.Id, Representative),
            "EditRepresentative" => new EditRepresentative.Command(driver.CaseId, driver.Version + 1, await RepresentativeAsync(driver, applicant.Id), Representative),
            "RemoveRepresentative" => new RemoveRepresentative.Command(driver.CaseId, driver.Version + 1, await RepresentativeAsync(driver, applicant.Id)),
            "AddParticipant" => new AddParticipant.Command(driver.CaseId, driver.Version, Interpreter),
            "EditParticipant" => new EditParticipant.Command(driver.CaseId, driver.Version + 1, await ParticipantAsync(driver), Interpreter),
            "RemoveParticipant" => new RemoveParticipant.Command(driver.CaseId, driver.Version + 1, await ParticipantAsync(driver)),
            "AttachToCaseFile" => Attachment(driver.CaseId),
            "RecordGeneratedDocument" => new RecordGeneratedDocument.Command(driver.CaseId, "mediation-agreement", "kk"),
            "GetCaseFile" => new GetCaseFile.Query(driver.CaseId),
            "GetCaseFileEntry" => new GetCaseFileEntry.Query(driver.CaseId, (await app.SendAsync<AttachToCaseFile.Attached>(d.MediatorA, Attachment(driver.CaseId))).EntryId),
            "GetCaseFileEntry@sessionRecord" => new GetCaseFileEntry.Query(driver.CaseId, await SessionRecordAsync(driver)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
        };
    }

    private static AttachToCaseFile.Command Attachment(long caseId) =>
        new(caseId, Domain.AttachmentKind.SignedAgreementOnMediation, "agreement.pdf", Scans.Pdf());

    /// <summary>A session held and its signed attendance sheet attached by the case's mediator.</summary>
    private static async Task<long> SessionRecordAsync(CaseDriver driver)
    {
        var d = driver.App.Data;
        foreach (var party in (await driver.ViewAsync(d.MediatorA)).Parties)
        {
            await driver.TakeAsync(d.MediatorA, "recordConsent", ("party", party.Id.ToString(CultureInfo.InvariantCulture)));
        }

        await driver.TakeAsync(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"));
        await driver.HoldSessionAsync();
        var session = (await driver.ViewAsync(d.MediatorA)).Sessions[0].Id;
        return (await driver.App.SendAsync<AttachToCaseFile.Attached>(d.MediatorA, new AttachToCaseFile.Command(
            driver.CaseId, Domain.AttachmentKind.SessionRecord, "sheet.png", Scans.Png(), SessionId: session))).EntryId;
    }

    private static readonly RepresentativeDetails Representative =
        new("Aliya Bekova", Domain.AuthorityKind.PowerOfAttorney, "Power of attorney No. 12, notary Ospanova");

    private static readonly ParticipantDetails Interpreter = new(Domain.ParticipantKind.Interpreter, "Yerlan Interpreter", PreferredLanguage: "ru");

    /// <summary>A representative the case's mediator recorded for the row to change (one version on).</summary>
    private static async Task<long> RepresentativeAsync(CaseDriver driver, long partyId) =>
        (await driver.App.SendAsync<AddRepresentative.Added>(driver.App.Data.MediatorA,
            new AddRepresentative.Command(driver.CaseId, driver.Version, partyId, Representative))).RepresentativeId;

    private static async Task<long> ParticipantAsync(CaseDriver driver) =>
        (await driver.App.SendAsync<AddParticipant.Added>(driver.App.Data.MediatorA,
            new AddParticipant.Command(driver.CaseId, driver.Version, Interpreter))).ParticipantId;

    /// <summary>A new mediator of council A per row, entered in the register by chair A when the row changes an entry.</summary>
    private static async Task<IMessage> RegisterRequestAsync(TestApp app, string request)
    {
        var d = app.Data;
        var mediator = await NewUserAsync(app);
        await app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(mediator, "AKM-01", Domain.CouncilRole.Mediator));
        var number = "MX-" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var add = new AddRegisterEntry.Command(d.CouncilA, mediator, number, Domain.MediatorType.Public, null, ["kk"], []);
        if (request is "GetRegister" or "AddRegisterEntry")
        {
            return request == "GetRegister" ? new GetRegister.Query(d.CouncilA) : add;
        }

        var entry = (await app.SendAsync<AddRegisterEntry.Saved>(d.ChairA, add)).EntryId;
        return request switch
        {
            "EditRegisterEntry" => new EditRegisterEntry.Command(d.CouncilA, entry, number, Domain.MediatorType.Public, null, ["kk", "ru"], []),
            "ChangeMediatorStatus" => new ChangeMediatorStatus.Command(d.CouncilA, entry, Domain.MediatorStatus.Suspended, new DateOnly(2026, 11, 26), "Matrix"),
            _ => new AddTrainingRecord.Command(d.CouncilA, entry, "Matrix course", 8, null, new DateOnly(2026, 11, 26)),
        };
    }

    private static string NewUserName() => "matrix." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A person of no council, made for one row, so no grant changes what another row's actor may do.</summary>
    private static async Task<string> NewUserAsync(TestApp app) =>
        (await app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(NewUserName(), "Matrix Person"))).UserName;

    /// <summary>A council of its own under council A, for one row that renames, moves or closes it.</summary>
    private static async Task<int> NewCouncilAsync(TestApp app) =>
        (await app.SendAsSystemAsync<AddCouncil.Added>(new AddCouncil.Command("MX-" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(),
            Domain.CouncilLevel.Rural, "Матрица", "Матрица", "Matrix", "AKM-01"))).CouncilId;

    private static async Task<Guid> NewPersonAsync(TestApp app) =>
        (await app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(NewUserName(), "Matrix Person"))).UserId;

    private static async Task<Guid> NewDeactivatedPersonAsync(TestApp app)
    {
        var person = await NewPersonAsync(app);
        await app.SendAsSystemAsync<DeactivatePerson.Deactivated>(new DeactivatePerson.Command(person));
        return person;
    }

    private static async Task<string> NewAnalystOfCouncilAAsync(TestApp app)
    {
        var user = await NewUserAsync(app);
        await app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(user, "AKM-01", Domain.CouncilRole.Analyst));
        return user;
    }

    /// <summary>A fresh case's registration notice to chair A.</summary>
    private static async Task<long> ChairsNewestNotificationAsync(TestApp app)
    {
        var driver = await CaseDriver.OpenAsync(app);
        return await app.WithDbAsync(db => db.Notifications.Where(n => n.CaseId == driver.CaseId && n.UserId == app.Data.ChairA)
            .Select(n => n.Id).SingleAsync());
    }

    private static MigrateCases.Command MigrateDryRun()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "workflows", "migrations", "community-mediation.v1-to-v2.json");
        return new MigrateCases.Command(MigrationPlan.LoadFile(file).Value!, file, Apply: false);
    }
}
