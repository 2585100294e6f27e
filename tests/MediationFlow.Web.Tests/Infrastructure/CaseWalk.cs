using System.Globalization;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// Drives a new Burabay case through the API as its mediator and chair, to reach the state a test starts
/// from. Every step is a real request; a refused step fails the test that asked for it.
/// </summary>
public sealed class CaseWalk(HttpClient mediator, HttpClient chair, Guid mediatorId, long caseId)
{
    public long CaseId { get; } = caseId;

    public static async Task<CaseWalk> OpenAsync(MediationFlowFactory factory, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var opened = await mediator.OpenCaseAsync(body ?? CaseApi.NewCase(burabay));
        return new CaseWalk(mediator, chair, await factory.UserIdAsync(DemoUsers.Mediator), opened.Id);
    }

    /// <summary>registered → awaitingAssignment → awaitingDeclaration → awaitingConsent.</summary>
    public async Task<CaseWalk> ToAwaitingConsentAsync()
    {
        await mediator.TakeAsync(CaseId, "acceptForMediation");
        await chair.TakeAsync(CaseId, "assignMediator", new { mediator = mediatorId.ToString() });
        await mediator.TakeAsync(CaseId, "declareNoConflict", new { declaration = true });
        return this;
    }

    /// <summary>Every party consents and the agreement on mediation is signed: the case is in mediation.</summary>
    public async Task<CaseWalk> ToInMediationAsync()
    {
        await ToAwaitingConsentAsync();
        foreach (var party in CaseApi.PartyIds(await mediator.CaseAsync(CaseId)))
        {
            await mediator.TakeAsync(CaseId, "recordConsent", new { party = Id(party) });
        }

        await mediator.TakeAsync(CaseId, "signAgreementOnMediation", new { signedByAll = true });
        return this;
    }

    /// <summary>A session held, a settlement reached and one obligation of the respondent: the draft is being written.</summary>
    public async Task<CaseWalk> ToDraftingAgreementAsync()
    {
        await ToInMediationAsync();
        await HoldSessionAsync();
        await mediator.TakeAsync(CaseId, "reachSettlement");
        var respondent = (await mediator.CaseAsync(CaseId)).GetProperty("parties").EnumerateArray()
            .First(p => p.GetProperty("role").GetString() == "respondent").GetProperty("id").GetInt64();
        var dueOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await mediator.TakeAsync(CaseId, "addObligation", new { party = Id(respondent), description = "Перенести забор на межу.", dueOn });
        return this;
    }

    /// <summary>The draft signed by every party (v2 first sends it for signature): it waits for the chair.</summary>
    public async Task<CaseWalk> ToAwaitingApprovalAsync()
    {
        await ToDraftingAgreementAsync();
        if ((await mediator.CaseAsync(CaseId)).GetProperty("actions").EnumerateArray().Any(a => a.GetProperty("trigger").GetString() == "submitForSignature" && a.GetProperty("permitted").GetBoolean()))
        {
            await mediator.TakeAsync(CaseId, "submitForSignature");
        }

        await mediator.TakeAsync(CaseId, "signSettlement", new { signedByAll = true });
        return this;
    }

    /// <summary>The chair approved the agreement: its obligations are followed up.</summary>
    public async Task<CaseWalk> ToMonitoringAsync()
    {
        await ToAwaitingApprovalAsync();
        await chair.TakeAsync(CaseId, "approve");
        return this;
    }

    public Task ReturnForRedraftAsync(string comment) => chair.TakeAsync(CaseId, "returnForRedraft", new { comment });

    /// <summary>Every obligation recorded as fulfilled.</summary>
    public async Task FulfilEveryObligationAsync()
    {
        foreach (var obligation in (await mediator.CaseAsync(CaseId)).GetProperty("obligations").EnumerateArray())
        {
            await mediator.TakeAsync(CaseId, "recordObligationStatus", new { obligation = Id(obligation.GetProperty("id").GetInt64()), status = "fulfilled" });
        }
    }

    /// <summary>A session scheduled for tomorrow and recorded as held.</summary>
    public async Task HoldSessionAsync()
    {
        var plannedAt = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'10:00", CultureInfo.InvariantCulture);
        await mediator.TakeAsync(CaseId, "scheduleSession", new { plannedAt, place = "Акимат" });
        var session = (await mediator.CaseAsync(CaseId)).GetProperty("sessions").EnumerateArray().Last().GetProperty("id").GetInt64();
        await mediator.TakeAsync(CaseId, "recordSession", new { session = Id(session), attendance = "held", outcomeNote = "Стороны изложили позиции." });
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
