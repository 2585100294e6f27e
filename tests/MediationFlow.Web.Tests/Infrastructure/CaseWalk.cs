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

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
