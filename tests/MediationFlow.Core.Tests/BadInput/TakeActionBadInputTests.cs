using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.BadInput;

/// <summary>
/// Refused actions at every layer: the engine's input parsing, the recorders' checks against stored
/// data, the command validator, the workflow's guards and roles, the version check. None may leave a trace.
/// </summary>
public sealed class TakeActionBadInputTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    /// <summary>Brings a new case to a named starting point; "sessionScheduled" is in mediation with one planned session.</summary>
    private async Task<CaseDriver> CaseAtAsync(string start)
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        switch (start)
        {
            case "registered":
                break;
            case "awaitingAssignment":
                await driver.TakeAsync(d.MediatorA, "acceptForMediation");
                break;
            case "awaitingDeclaration":
                await driver.ToAwaitingDeclarationAsync();
                break;
            case "awaitingConsent":
                await driver.ToAwaitingConsentAsync();
                break;
            case "inMediation":
                await driver.IntoMediationAsync();
                break;
            case "sessionScheduled":
                await driver.IntoMediationAsync();
                await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));
                break;
            case "draftingAgreement":
                await driver.ToDraftingAsync();
                break;
            case "awaitingApproval":
                await driver.ToAwaitingApprovalAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(start), start, null);
        }

        return driver;
    }

    /// <summary>"a=1&amp;b=" with placeholders for the case's own ids and for dates relative to today.</summary>
    private async Task<Dictionary<string, string?>> InputAsync(CaseDriver driver, string input)
    {
        var stored = await driver.StoredAsync();
        var values = new Dictionary<string, string?>();
        foreach (var pair in input.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            values[name] = value switch
            {
                "{applicant}" => Key(stored.Parties.Single(p => p.Role == PartyRole.Applicant).Id),
                "{respondent}" => Key(stored.Parties.Single(p => p.Role == PartyRole.Respondent).Id),
                "{session}" => Key(stored.Sessions.Single().Id),
                "{yesterday}" => Day(_app, -1),
                "{mediatorB}" => Key(_app.Data.MediatorB),
                _ => value,
            };
        }

        return values;
    }

    public static TheoryData<string, string, string, string, string> Problems => new()
    {
        // Missing required fields.
        { "sessionScheduled", "scheduleSession", "place=Hall", "input.plannedAt", "required" },
        { "awaitingDeclaration", "recuse", "reason=", "input.reason", "required" },
        { "awaitingApproval", "returnForRedraft", "", "input.comment", "required" },
        // Bad dates.
        { "inMediation", "scheduleSession", "plannedAt=2026-02-30T10:00", "input.plannedAt", "notDateTime" },
        { "draftingAgreement", "addObligation", "party={respondent}&description=Fence&dueOn=31/12/2026", "input.dueOn", "notDate" },
        { "draftingAgreement", "addObligation", "party={respondent}&description=Fence&dueOn={yesterday}", "input.dueOn", "inPast" },
        // Unknown references.
        { "awaitingConsent", "recordConsent", "party=987654321", "input.party", "unknownReference" },
        { "sessionScheduled", "recordSession", "session=987654321&attendance=held", "input.session", "unknownReference" },
        { "awaitingAssignment", "assignMediator", "mediator={mediatorB}", "input.mediator", "notCouncilMediator" },
        // Confirmations not ticked.
        { "awaitingDeclaration", "declareNoConflict", "declaration=false", "input.declaration", "mustConfirm" },
        { "awaitingConsent", "recordDecline", "reason=Busy", "input.party", "required" },
        // Combinations a recorder checks.
        { "sessionScheduled", "recordSession", "session={session}&attendance=noShow", "input.absentParty", "required" },
        // Unknown trigger and unknown field.
        { "registered", "fileAnAppeal", "", "trigger", "unknownAction" },
        { "registered", "acceptForMediation", "urgent=yes", "input.urgent", "unknownField" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_refused_action_names_the_field_and_writes_nothing(string start, string trigger, string input, string field, string code)
    {
        var driver = await CaseAtAsync(start);
        var values = await InputAsync(driver, input);
        var actor = trigger is "assignMediator" or "returnForRedraft" ? _app.Data.ChairA : _app.Data.MediatorA;

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<TakeAction.Taken>(actor,
            new TakeAction.Command(driver.CaseId, trigger, driver.Version, values)));

        Assert.Contains(refused.Errors, e => (e.Field, e.Code) == (field, code));
    }

    [Theory]
    [InlineData("ru", "inMediation", "scheduleSession", "plannedAt=завтра", "input.plannedAt", "Поле «Дата и время»: укажите дату и время")]
    [InlineData("kk", "draftingAgreement", "addObligation", "party={respondent}&description=Fence&dueOn={yesterday}", "input.dueOn", "Мерзім өткен күн бола алмайды.")]
    [InlineData("kk", "registered", "fileAnAppeal", "", "trigger", "«fileAnAppeal» әрекеті жоқ.")]
    [InlineData("ru", "awaitingDeclaration", "declareNoConflict", "declaration=no", "input.declaration", "Необходимо подтвердить: «Подтверждаю, что у меня нет конфликта интересов по этому делу»")]
    public async Task The_error_speaks_the_users_language(string culture, string start, string trigger, string input, string field, string message)
    {
        var driver = await CaseAtAsync(start);
        var values = await InputAsync(driver, input);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<TakeAction.Taken>(_app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, trigger, driver.Version, values), culture));

        Assert.Equal((field, message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
    }

    [Fact]
    public async Task A_guard_refusal_writes_nothing()
    {
        var driver = await CaseAtAsync("awaitingConsent");

        await NothingChanged.RefusedAsync<ActionRefusedException>(_app, () => _app.SendAsync<TakeAction.Taken>(_app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, "signAgreementOnMediation", driver.Version, new Dictionary<string, string?> { ["signedByAll"] = "true" })));
    }

    [Fact]
    public async Task A_role_refusal_writes_nothing()
    {
        var driver = await CaseAtAsync("awaitingApproval");

        await NothingChanged.RefusedAsync<ActionRefusedException>(_app, () => _app.SendAsync<TakeAction.Taken>(_app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, "approve", driver.Version, new Dictionary<string, string?>())));
    }

    [Fact]
    public async Task An_action_on_a_stale_version_writes_nothing()
    {
        var driver = await CaseAtAsync("awaitingAssignment");

        await NothingChanged.RefusedAsync<ConflictException>(_app, () => _app.SendAsync<TakeAction.Taken>(_app.Data.ChairA,
            new TakeAction.Command(driver.CaseId, "assignMediator", driver.Version - 1, new Dictionary<string, string?> { ["mediator"] = Key(_app.Data.MediatorA) })));
    }
}
