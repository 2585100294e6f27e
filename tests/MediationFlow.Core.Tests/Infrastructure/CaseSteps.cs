using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Timers;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// Steps to bring a case to the state a test starts from, and reads of what the case stored, on top
/// of <see cref="CaseDriver"/>. Every step goes through the pipeline; only the reads go to the database.
/// </summary>
public static class CaseSteps
{
    /// <summary>Ids travel in action input as invariant text, as a form posts them.</summary>
    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Key(Guid id) => id.ToString();

    /// <summary>"yyyy-MM-dd" of a date <paramref name="days"/> after today in Kazakhstan on the app's clock.</summary>
    public static string Day(TestApp app, int days)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Today(app).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static DateOnly Today(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return TestApp.Workflows.Latest(DependencyInjection.DefaultDefinitionId).Settings.Today(app.Time.GetUtcNow());
    }

    public static async Task<PartyView> PartyAsync(this CaseDriver driver, PartyRole role)
    {
        ArgumentNullException.ThrowIfNull(driver);
        // The chair reads every case of the council, whoever is assigned.
        var view = await driver.ViewAsync(driver.App.Data.ChairA);
        return view.Parties.First(p => p.Role == role);
    }

    /// <summary>Accepted, mediator A assigned: waiting for the conflict-of-interest declaration.</summary>
    public static async Task ToAwaitingDeclarationAsync(this CaseDriver driver, Guid? mediator = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var d = driver.App.Data;
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(mediator ?? d.MediatorA)));
    }

    /// <summary>Mediator A has declared no conflict: waiting for the parties' consent.</summary>
    public static async Task ToAwaitingConsentAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.ToAwaitingDeclarationAsync();
        await driver.TakeAsync(driver.App.Data.MediatorA, "declareNoConflict", ("declaration", "true"));
    }

    /// <summary>In mediation, one session held, the parties reached a settlement: drafting the agreement.</summary>
    public static async Task ToDraftingAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        await driver.TakeAsync(driver.App.Data.MediatorA, "reachSettlement");
    }

    public static async Task<TakeAction.Taken> AddObligationAsync(this CaseDriver driver, PartyRole obliged, string description, string dueOn)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var party = await driver.PartyAsync(obliged);
        return await driver.TakeAsync(driver.App.Data.MediatorA, "addObligation",
            ("party", Key(party.Id)), ("description", description), ("dueOn", dueOn));
    }

    /// <summary>Drafted with one obligation of the respondent, sent for signature (version 2) and signed.</summary>
    public static async Task ToAwaitingApprovalAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var d = driver.App.Data;
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence back", Day(driver.App, 14));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
    }

    /// <summary>Approved by the chair: the obligations are being monitored.</summary>
    public static async Task ToMonitoringAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.ToAwaitingApprovalAsync();
        await driver.TakeAsync(driver.App.Data.ChairA, "approve");
    }

    /// <summary>Takes an action expecting the workflow or the input check to refuse it; the version stays.</summary>
    public static async Task<TException> RefusedAsync<TException>(this CaseDriver driver, Guid by, string trigger, params (string Field, string? Value)[] input)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(driver);
        var before = driver.Version;
        var refused = await Assert.ThrowsAsync<TException>(() => driver.TakeAsync(by, trigger, input));
        Assert.Equal(before, (await driver.StoredAsync()).Version);
        return refused;
    }

    public static Task<Case> StoredAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.App.WithDbAsync(db => db.Cases.AsNoTracking()
            .Include(c => c.Parties).Include(c => c.Consents).Include(c => c.Declarations).Include(c => c.MediationAgreements)
            .Include(c => c.Sessions).Include(c => c.Settlements).Include(c => c.Obligations).Include(c => c.FollowUpChecks)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == driver.CaseId));
    }

    /// <summary>The case's confidential notes as stored, oldest first.</summary>
    public static Task<List<ConfidentialNote>> NotesAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.App.WithDbAsync(db => db.ConfidentialNotes.AsNoTracking().Where(n => n.CaseId == driver.CaseId).OrderBy(n => n.Sequence).ToListAsync());
    }

    public static Task<List<CaseEvent>> EventsAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.App.WithDbAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == driver.CaseId).OrderBy(e => e.Sequence).ToListAsync());
    }

    public static Task<List<DueTimer>> TimersAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.App.WithDbAsync(db => db.DueTimers.AsNoTracking().Where(t => t.CaseId == driver.CaseId).OrderBy(t => t.Id).ToListAsync());
    }

    public static Task<List<Notification>> NotificationsAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return driver.App.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.CaseId == driver.CaseId).OrderBy(n => n.Id).ToListAsync());
    }

    /// <summary>Moves the fake clock and lets the timer pump fire whatever fell due, as the host's background service would.</summary>
    public static async Task AdvanceAndPumpAsync(this TestApp app, TimeSpan by)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Time.Advance(by);
        await app.Services.GetRequiredService<TimerPump>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Re-reads the version after something other than this driver (the timer pump) changed the case.</summary>
    public static async Task RefreshAsync(this CaseDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        driver.Version = (await driver.StoredAsync()).Version;
    }
}
