using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Timers;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;
using Mediator;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// Every request of the application layer × every kind of actor, against a case of council A assigned
/// to mediator A and waiting for consents. "NotFound" for a case the actor may not see, so that its
/// existence does not leak.
/// </summary>
public sealed class AuthorizationMatrixTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private const string Ok = "ok", NotFound = "NotFound", Forbidden = "Forbidden", Unauthenticated = "Unauthenticated", Refused = "ActionRefused";

    public static readonly string[] Actors = ["chairA", "mediatorA", "mediatorA2", "analystA", "adminA", "chairB", "mediatorB", "anonymous", "system"];

    /// <summary>Expected outcome per request, in the order of <see cref="Actors"/>.</summary>
    public static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["GetCase"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["GetHistory"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // recordConsent belongs to the mediator: the chair sees the case but the workflow refuses the role.
        ["TakeAction"] = [Refused, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],
        ["EditParties"] = [Ok, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, Unauthenticated, Unauthenticated],

        // Lists are open to anyone signed in; what they contain is filtered (see CouncilIsolationTests).
        ["GetInbox"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["SearchCases"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["GetApprovals"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated, Unauthenticated],
        ["OpenCase"] = [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated, Unauthenticated],
        ["FireTimer"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
        ["MigrateCases"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
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
            .Select(t => t.DeclaringType?.Name ?? t.Name);

        Assert.Equal(requests.Order(StringComparer.Ordinal), Expected.Keys.Order(StringComparer.Ordinal));
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
            _ => await CaseRequestAsync(app, request),
        };
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
            "TakeAction" => new TakeAction.Command(driver.CaseId, "recordConsent", driver.Version,
                new Dictionary<string, string?> { ["party"] = applicant.Id.ToString(CultureInfo.InvariantCulture) }),
            "EditParties" => new EditParties.Command(driver.CaseId, driver.Version, applicant.Id, new PartyDetails(PartyRole.Applicant, "Aigerim Sadykova-Bekova")),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
        };
    }

    private static MigrateCases.Command MigrateDryRun()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "workflows", "migrations", "community-mediation.v1-to-v2.json");
        return new MigrateCases.Command(MigrationPlan.LoadFile(file).Value!, file, Apply: false);
    }
}
