using System.Globalization;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>Steps the list tests share to put a case where a list shows it.</summary>
internal static class Lists
{
    /// <summary>Mediation, a held session, one obligation, signed: waiting for the chair.</summary>
    public static async Task<CaseDriver> AwaitingApprovalAsync(TestApp app)
    {
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        await driver.TakeAsync(d.MediatorA, "reachSettlement");
        var respondent = (await driver.ViewAsync(d.MediatorA)).Parties.Single(p => p.Role == PartyRole.Respondent);
        await driver.TakeAsync(d.MediatorA, "addObligation",
            ("party", respondent.Id.ToString(CultureInfo.InvariantCulture)), ("description", "Move the fence back"), ("dueOn", "2026-12-10"));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        return driver;
    }
}
