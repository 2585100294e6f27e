using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Security;
using MediationFlow.Core.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// Runs one training workshop through the pipeline as trainer A would from the workshop pages: create,
/// add teams, start, move the clock. Reads of what was stored go to the database.
/// </summary>
public sealed class WorkshopDriver(TestApp app, long workshopId)
{
    /// <summary>Runs on version 3 of the process; events on days 3, 10 and 20; five checkpoints.</summary>
    public const string Scenario = "village-boundary";

    public long Id => workshopId;

    public TestApp App => app;

    public Guid Trainer => app.Data.TrainerA;

    public static async Task<WorkshopDriver> CreateAsync(TestApp app, string scenario = Scenario)
    {
        ArgumentNullException.ThrowIfNull(app);
        var created = await app.SendAsync<CreateWorkshop.Created>(app.Data.TrainerA,
            new CreateWorkshop.Command(app.Data.CouncilA, scenario, "Boundary disputes, Kokshetau district"));
        return new WorkshopDriver(app, created.WorkshopId);
    }

    /// <summary>
    /// The usual set-up: "Team 1" is trainee A, "Team 2" is another trainee (trainee.a2), and the workshop
    /// started, so each team has its sandbox case.
    /// </summary>
    public static async Task<WorkshopDriver> StartedWithTwoTeamsAsync(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await Trainees.EnsureAsync(app, Trainees.Second);
        var workshop = await CreateAsync(app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        await workshop.AddTeamAsync("Team 2", Trainees.Second);
        await workshop.StartAsync();
        return workshop;
    }

    public async Task<long> AddTeamAsync(string name, params string[] trainees) =>
        (await app.SendAsync<AddTeam.Added>(Trainer, new AddTeam.Command(workshopId, name, trainees))).TeamId;

    public Task<WorkshopStatus> StartAsync() => app.SendAsync<WorkshopStatus>(Trainer, new StartWorkshop.Command(workshopId));

    public Task<WorkshopStatus> EndAsync() => app.SendAsync<WorkshopStatus>(Trainer, new EndWorkshop.Command(workshopId));

    /// <summary>The clock change alone, as the command does it; see <see cref="StepClockAsync"/> for what the pages and the API do.</summary>
    public Task<ChangeClock.Clock> AdvanceAsync(int days, int hours = 0) =>
        app.SendAsync<ChangeClock.Clock>(Trainer, new ChangeClock.Command(workshopId, ChangeClock.Change.Advance, new ClockStep(days, hours)));

    /// <summary>The trainer's clock step as the workshop page and the API take it: followed by what falls due on the workshop clock.</summary>
    public Task<ChangeClock.Clock> StepClockAsync(int days, int hours = 0) =>
        ChangeAsync(new ChangeClock.Command(workshopId, ChangeClock.Change.Advance, new ClockStep(days, hours)));

    /// <summary>A trainer's change as the workshop page and the API send it, through <see cref="WorkshopChanges"/>.</summary>
    public async Task<T> ChangeAsync<T>(Mediator.ICommand<T> command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(Trainer);
        return await scope.ServiceProvider.GetRequiredService<WorkshopChanges>().SendAsync(command, CancellationToken.None);
    }

    public Task<ChangeClock.Clock> PauseAsync() => app.SendAsync<ChangeClock.Clock>(Trainer, new ChangeClock.Command(workshopId, ChangeClock.Change.Pause));

    public Task<ChangeClock.Clock> ResumeAsync() => app.SendAsync<ChangeClock.Clock>(Trainer, new ChangeClock.Command(workshopId, ChangeClock.Change.Resume));

    public Task<DateTimeOffset> FireEventAsync(string eventId) => app.SendAsync<DateTimeOffset>(Trainer, new FireEvent.Command(workshopId, eventId));

    public Task<GetWorkshop.WorkshopView> ViewAsync(Guid? by = null) => app.SendAsync<GetWorkshop.WorkshopView>(by ?? Trainer, new GetWorkshop.Query(workshopId));

    public Task<GetDebrief.Debrief> DebriefAsync(string culture = "en") => app.SendAsync<GetDebrief.Debrief>(Trainer, new GetDebrief.Query(workshopId), culture);

    /// <summary>The team's sandbox case, to be worked with the same actions as a real case.</summary>
    public async Task<CaseDriver> TeamCaseAsync(string team)
    {
        var row = await app.WithDbAsync(db => db.WorkshopTeams.AsNoTracking()
            .Where(t => t.WorkshopId == workshopId && t.Name == team)
            .Select(t => new { CaseId = t.CaseId!.Value, t.Case!.Version })
            .SingleAsync());
        return new CaseDriver(app, row.CaseId, row.Version);
    }

    public Task<Workshop> StoredAsync() => app.WithDbAsync(db => db.Workshops.AsNoTracking()
        .Include(w => w.Teams).ThenInclude(t => t.Members).Include(w => w.FiredEvents)
        .AsSplitQuery()
        .SingleAsync(w => w.Id == workshopId));
}

/// <summary>People beyond the test data: trainees with an account and no council membership, or another council's trainer.</summary>
public static class Trainees
{
    public const string Second = "trainee.a2";

    /// <param name="trainerOf">A council in which the user is a trainer; none for a trainee.</param>
    public static async Task<Guid> EnsureAsync(TestApp app, string userName, int? trainerOf = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.WithDbAsync(async db =>
        {
            var normalized = userName.ToUpperInvariant();
            if (await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync() is { } existing)
            {
                return existing;
            }

            var user = new User { Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = normalized, DisplayName = userName };
            if (trainerOf is { } council)
            {
                user.Memberships.Add(new Membership { CouncilId = council, Role = CouncilRole.Trainer });
            }

            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
    }
}

/// <summary>
/// The steps a team takes on its sandbox case (version 3, as the scenarios run): the same actions a real mediator and
/// chair take, each legal act dated the workshop's today.
/// </summary>
public static class SandboxSteps
{
    /// <summary>"yyyy-MM-dd" of today on the workshop clock, in the council's time zone.</summary>
    public static async Task<string> WorkshopTodayAsync(this CaseDriver driver, Guid by)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var now = (await driver.ViewAsync(by)).Now;
        return TestApp.Workflows.Get(DependencyInjection.DefaultDefinitionId, 3).Settings.Today(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Accepted, the trainee assigned by the trainer (who plays the chair), no conflict declared.</summary>
    public static async Task ToAwaitingConsentAsync(this CaseDriver driver, Guid trainer, Guid trainee)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.TakeAsync(trainee, "acceptForMediation");
        await driver.TakeAsync(trainer, "assignMediator", ("mediator", CaseSteps.Key(trainee)));
        await driver.TakeAsync(trainee, "declareNoConflict", ("declaration", "true"));
    }

    /// <summary>From registration to mediation: see <see cref="ToAwaitingConsentAsync"/> and <see cref="ConsentAndSignAsync"/>.</summary>
    public static async Task IntoSandboxMediationAsync(this CaseDriver driver, Guid trainer, Guid trainee)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.ToAwaitingConsentAsync(trainer, trainee);
        await driver.ConsentAndSignAsync(trainee);
    }

    /// <summary>Both parties consent today and the agreement on mediation is signed today: mediation runs and its term with it.</summary>
    public static async Task ConsentAndSignAsync(this CaseDriver driver, Guid trainee)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var today = await driver.WorkshopTodayAsync(trainee);
        foreach (var party in (await driver.ViewAsync(trainee)).Parties)
        {
            await driver.TakeAsync(trainee, "recordConsent", ("party", CaseSteps.Key(party.Id)), ("consentedOn", today));
        }

        await driver.TakeAsync(trainee, "signAgreementOnMediation", ("signedOn", today), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
    }

    /// <summary>
    /// Mediation, a joint session held earlier today with both neighbours, the respondent's obligation, sent for review:
    /// waiting for the trainer's review as the chair.
    /// </summary>
    public static async Task ToSandboxReviewAsync(this CaseDriver driver, Guid trainer, Guid trainee)
    {
        ArgumentNullException.ThrowIfNull(driver);
        await driver.IntoSandboxMediationAsync(trainer, trainee);
        var today = await driver.WorkshopTodayAsync(trainee);
        await driver.TakeAsync(trainee, "scheduleSession", ("plannedAt", today + "T08:00"), ("kind", "joint"), ("place", "Village club"));
        var view = await driver.ViewAsync(trainee);
        var session = view.Sessions.Last(s => !s.Recorded);
        await driver.TakeAsync(trainee, "recordSession", ("session", CaseSteps.Key(session.Id)), ("heldAt", today + "T09:00"),
            ("attended", string.Join(',', view.Parties.Select(p => "party:" + CaseSteps.Key(p.Id)))), ("outcomeNote", "Both neighbours spoke."));
        await driver.TakeAsync(trainee, "reachSettlement");
        var respondent = view.Parties.First(p => p.Role == Workflows.Engine.PartyRole.Respondent);
        await driver.TakeAsync(trainee, "addObligation", ("party", CaseSteps.Key(respondent.Id)), ("description", "Move the fence back"), ("dueOn", "2026-12-20"));
        await driver.TakeAsync(trainee, "submitForReview");
    }
}
