using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>Drives one case through the pipeline the way the UI would, tracking its version.</summary>
public sealed class CaseDriver(TestApp app, long caseId, int version)
{
    public long CaseId => caseId;

    public TestApp App => app;

    /// <summary>The version the next action is built on; settable for when the timer pump moved the case.</summary>
    public int Version { get; set; } = version;

    public static async Task<CaseDriver> OpenAsync(TestApp app, Guid? by = null, DisputeCategory category = DisputeCategory.NeighboursAndHousing, bool affectsThirdParties = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var opened = await app.SendAsync<OpenCase.Opened>(by ?? app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, category, "A fence moved half a metre onto the neighbour's plot.",
            affectsThirdParties, false, false,
            [new PartyDetails(PartyRole.Applicant, "Aigerim Sadykova"), new PartyDetails(PartyRole.Respondent, "Nurlan Bekov")]));
        return new CaseDriver(app, opened.CaseId, opened.Version);
    }

    public async Task<TakeAction.Taken> TakeAsync(Guid by, string trigger, params (string Field, string? Value)[] input)
    {
        var taken = await app.SendAsync<TakeAction.Taken>(by, new TakeAction.Command(
            caseId, trigger, Version, input.ToDictionary(i => i.Field, i => i.Value)));
        Version = taken.Version;
        return taken;
    }

    public Task<CaseView> ViewAsync(Guid by) => app.SendAsync<CaseView>(by, new GetCase.Query(caseId));

    /// <summary>Registration to the start of mediation: accepted, mediator A assigned, no conflict, both consents, signed.</summary>
    public async Task IntoMediationAsync()
    {
        var d = app.Data;
        await TakeAsync(d.MediatorA, "acceptForMediation");
        await TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));
        await TakeAsync(d.MediatorA, "declareNoConflict", ("declaration", "true"));
        foreach (var party in (await ViewAsync(d.MediatorA)).Parties)
        {
            await TakeAsync(d.MediatorA, "recordConsent", ("party", party.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await TakeAsync(d.MediatorA, "signAgreementOnMediation", ("signedByAll", "true"));
    }

    /// <summary>One session scheduled and recorded as held.</summary>
    public async Task HoldSessionAsync()
    {
        var d = app.Data;
        await TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"), ("place", "Akimat, room 3"));
        var session = (await ViewAsync(d.MediatorA)).Sessions.Last(s => !s.Recorded);
        await TakeAsync(d.MediatorA, "recordSession",
            ("session", session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("attendance", "held"), ("outcomeNote", "Both sides spoke."));
    }

    /// <summary>From mediation to an approved agreement with one obligation due in two weeks.</summary>
    public async Task ToApprovedAgreementAsync()
    {
        var d = app.Data;
        await HoldSessionAsync();
        await TakeAsync(d.MediatorA, "reachSettlement");
        var respondent = (await ViewAsync(d.MediatorA)).Parties.Single(p => p.Role == PartyRole.Respondent);
        await TakeAsync(d.MediatorA, "addObligation",
            ("party", respondent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("description", "Move the fence back"), ("dueOn", "2026-12-10"));
        if ((await ViewAsync(d.MediatorA)).Actions.Any(a => a.Trigger == "submitForSignature"))
        {
            // Version 2 of the process sends the draft for signature as a separate step.
            await TakeAsync(d.MediatorA, "submitForSignature");
        }

        await TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        await TakeAsync(d.ChairA, "approve");
    }
}
