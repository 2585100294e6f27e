using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// The floor of any EF Core implementation: the rows <see cref="RawCaseWalk"/> writes, written through the
/// product's pooled <see cref="MediationDbContext"/> (its model, interceptors and pragmas), one scope and one
/// transaction per step, as a request would. It reads nothing: like the raw walk it already knows the actors,
/// the ids and the case's version, so the case and the timer are updated through stubs attached with the
/// version they were built on (EF's own version check). No pipeline, no engine, no authorization: what is
/// left is EF Core's write path. <c>WriteEquivalence</c> checks that it leaves the same rows.
/// With <paramref name="readsFirst"/> each step first makes the reads a command makes before it decides (see
/// <see cref="ReadAsync"/>): the floor plus the pipeline's reads, the most a pipeline that reads so could reach.
/// </summary>
public sealed class EfCaseWalk(BenchmarkApp app, ThroughputCouncil council, bool readsFirst = false)
{
    private const string DefinitionId = "community-mediation";
    private const int DefinitionVersion = 2;

    private long _caseId;
    private int _version;
    private DateTimeOffset _now;

    /// <summary>Walks one case; step i happens at <paramref name="start"/> + i seconds, as in the pipeline walk.</summary>
    public async Task<long> WalkAsync(long[] stepTicks, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(stepTicks);
        var (mediator, chair) = (council.Mediator, council.Chair);
        var step = 0;
        _caseId = 0;

        async Task Step(Guid actor, Func<MediationDbContext, Task> write)
        {
            _now = start.AddSeconds(step);
            var begin = Stopwatch.GetTimestamp();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
                if (readsFirst)
                {
                    await ReadAsync(scope.ServiceProvider, db, actor);
                }

                await using var transaction = await db.Database.BeginTransactionAsync();

                // As the product's commands do: a failed step is rolled back whole, so no savepoint per save.
                db.Database.AutoSavepointsEnabled = false;
                await write(db);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            stepTicks[step++] = Stopwatch.GetTimestamp() - begin;
        }

        long applicant = 0, respondent = 0, session = 0, timer = 0;
        await Step(mediator, async db =>
        {
            var year = 2026;
            var number = await CaseNumbers.NextAsync(db, council.CouncilId, year, CancellationToken.None);
            var opened = new Case
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"{council.CouncilCode}-{year}-{number:0000}"),
                CouncilId = council.CouncilId,
                Year = year,
                Category = DisputeCategory.NeighboursAndHousing,
                Description = "A fence moved half a metre onto the neighbour's plot.",
                DefinitionId = DefinitionId,
                DefinitionVersion = DefinitionVersion,
                State = "registered",
                Stage = "intake",
                Version = 1,
                RegisteredById = mediator,
                RegisteredAt = _now,
                LastActivityAt = _now,
                Parties =
                [
                    new Party { Role = PartyRole.Applicant, FullName = "Айгерім Садықова", NameKey = "айгерім садықова" },
                    new Party { Role = PartyRole.Respondent, FullName = "Нұрлан Беков", NameKey = "нұрлан беков" },
                ],
            };
            db.Cases.Add(opened);
            db.CaseEvents.Add(new CaseEvent
            {
                Case = opened,
                Sequence = 1,
                OccurredAt = _now,
                ActorId = mediator,
                Trigger = "open",
                ToState = "registered",
                DefinitionId = DefinitionId,
                DefinitionVersion = DefinitionVersion,
            });
            db.Notifications.Add(new Notification { Case = opened, UserId = chair, Template = "caseRegistered", CreatedAt = _now });

            // The audit entry names the case, so the case is saved first, inside the step's transaction, as OpenCase does.
            await db.SaveChangesAsync();
            (_caseId, _version) = (opened.Id, 1);
            (applicant, respondent) = (opened.Parties[0].Id, opened.Parties[1].Id);
            Audit(db, mediator, "OpenCase");
        });

        await Step(mediator, db => Transition(db, mediator, "acceptForMediation", "registered", "awaitingAssignment", StepInput.Json(),
            c => Set(c, x => x.State, "awaitingAssignment"), () => Notify(db, chair, "assignmentNeeded")));
        await Step(chair, db => Transition(db, chair, "assignMediator", "awaitingAssignment", "awaitingDeclaration", StepInput.Json(("mediator", mediator.ToString())),
            c =>
            {
                Set(c, x => x.State, "awaitingDeclaration");
                Set(c, x => x.AssignedMediatorId, mediator);
            },
            () => Notify(db, mediator, "caseAssigned")));
        await Step(mediator, db => Transition(db, mediator, "declareNoConflict", "awaitingDeclaration", "awaitingConsent", StepInput.Json(("declaration", true)),
            c => Set(c, x => x.State, "awaitingConsent"),
            () => db.Add(new ConflictDeclaration { CaseId = _caseId, MediatorId = mediator, DeclaredAt = _now })));
        foreach (var party in new[] { applicant, respondent })
        {
            await Step(mediator, db => Transition(db, mediator, "recordConsent", "awaitingConsent", "awaitingConsent", StepInput.Json(("party", StepInput.Key(party))), null,
                () => db.Add(new Consent { CaseId = _caseId, PartyId = party, GivenAt = _now, RecordedById = mediator, MediatorId = mediator })));
        }

        var deadlineTimer = new DueTimer { TimerId = "mediationDeadline", Trigger = "deadlinePassed", Status = TimerStatus.Pending };
        await Step(mediator, db => Transition(db, mediator, "signAgreementOnMediation", "awaitingConsent", "inMediation", StepInput.Json(("signedByAll", true)),
            c =>
            {
                Set(c, x => x.State, "inMediation");
                Set(c, x => x.Stage, "hearing");
                Set(c, x => x.Deadline, _now.AddDays(30));
            },
            () =>
            {
                db.Add(new MediationAgreement { CaseId = _caseId, MediatorId = mediator, SignedAt = _now });
                deadlineTimer.CaseId = _caseId;
                deadlineTimer.DueAt = _now.AddDays(30);
                db.Add(deadlineTimer);
            }));
        timer = deadlineTimer.Id;
        var plannedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));
        const string place = "Әкімдік, 3-бөлме";
        var scheduled = new Session { PlannedAt = plannedAt, Place = place };
        await Step(mediator, db => Transition(db, mediator, "scheduleSession", "inMediation", "inMediation", StepInput.Json(("plannedAt", plannedAt), ("place", place)), null,
            () =>
            {
                scheduled.CaseId = _caseId;
                db.Add(scheduled);
            }));
        session = scheduled.Id;
        const string note = "Both sides spoke.";
        await Step(mediator, db => Transition(db, mediator, "recordSession", "inMediation", "inMediation",
            StepInput.Json(("session", StepInput.Key(session)), ("attendance", "held"), ("outcomeNote", StepInput.Confidential)), null,
            () =>
            {
                var held = db.Attach(new Session { Id = session, CaseId = _caseId });
                Set(held, x => x.Recorded, true);
                Set(held, x => x.RecordedAt, _now);

                // The note belongs to the history event this step appends next.
                db.ConfidentialNotes.Add(new ConfidentialNote
                {
                    CaseId = _caseId,
                    Sequence = _version + 1,
                    Field = "outcomeNote",
                    SessionId = session,
                    Text = note,
                    AuthorId = mediator,
                    RecordedAt = _now,
                });
            }));
        await Step(mediator, db => Transition(db, mediator, "reachSettlement", "inMediation", "draftingAgreement", StepInput.Json(),
            c =>
            {
                Set(c, x => x.State, "draftingAgreement");
                Set(c, x => x.Stage, "agreement");
                Set(c, x => x.Deadline, null);
            },
            () =>
            {
                var cancelled = db.Attach(new DueTimer { Id = timer, CaseId = _caseId, TimerId = "mediationDeadline", Trigger = "deadlinePassed", Version = 0 });
                Set(cancelled, x => x.CompletedAt, _now);
                Set(cancelled, x => x.Status, TimerStatus.Cancelled);
                Set(cancelled, x => x.Version, 1);
                db.Add(new SettlementAgreement { CaseId = _caseId });
            }));
        var dueOn = new DateOnly(2026, 12, 10);
        const string obligation = "Move the fence back";
        await Step(mediator, db => Transition(db, mediator, "addObligation", "draftingAgreement", "draftingAgreement",
            StepInput.Json(("party", StepInput.Key(respondent)), ("description", obligation), ("dueOn", dueOn)),
            c => Set(c, x => x.DatesJson, JsonSerializer.Serialize(new Dictionary<string, DateOnly> { ["dueOn"] = dueOn })),
            () => db.Add(new Obligation { CaseId = _caseId, PartyId = respondent, Description = obligation, DueOn = dueOn, Status = ObligationStatus.Open })));
        return _caseId;
    }

    /// <summary>
    /// What a command reads before it decides, through the product's own compiled queries: the actor's rights and, once
    /// the case exists, the case with its parts. Then forgotten, so that the writes are the floor's own stubs.
    /// </summary>
    private async Task ReadAsync(IServiceProvider services, MediationDbContext db, Guid actor)
    {
        var current = services.GetRequiredService<CurrentActor>();
        current.SignIn(actor);
        await current.GetAsync(CancellationToken.None);
        if (_caseId != 0)
        {
            _ = await services.GetRequiredService<CaseLoader>().LoadAsync(_caseId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Case {_caseId} was not read back.");
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A state step: the case through a stub carrying the version the step was built on (so EF's update checks
    /// it), with <paramref name="change"/>'s columns, the activity time and the next version; the action's own
    /// rows, its history event and its audit entry.
    /// </summary>
    private Task Transition(
        MediationDbContext db, Guid actor, string trigger, string from, string to, string inputJson, Action<EntityEntry<Case>>? change, Action write)
    {
        write();
        _version++;
        db.CaseEvents.Add(new CaseEvent
        {
            CaseId = _caseId,
            Sequence = _version,
            OccurredAt = _now,
            ActorId = actor,
            Trigger = trigger,
            FromState = from,
            ToState = to,
            DefinitionId = DefinitionId,
            DefinitionVersion = DefinitionVersion,
            InputJson = inputJson,
        });
        var stub = db.Attach(new Case
        {
            Id = _caseId,
            Version = _version - 1,
            Number = string.Empty,
            Description = string.Empty,
            DefinitionId = string.Empty,
            State = string.Empty,
            Stage = string.Empty,
        });
        change?.Invoke(stub);
        Set(stub, x => x.LastActivityAt, _now);
        Set(stub, x => x.Version, _version);
        Audit(db, actor, "TakeAction");
        return Task.CompletedTask;
    }

    /// <summary>Marks the column written even when the stub already holds the value (a deadline cleared to null).</summary>
    private static void Set<TEntity, TValue>(EntityEntry<TEntity> entry, Expression<Func<TEntity, TValue>> column, TValue value)
        where TEntity : class
    {
        var property = entry.Property(column);
        property.CurrentValue = value;
        property.IsModified = true;
    }

    private void Notify(MediationDbContext db, Guid user, string template) =>
        db.Notifications.Add(new Notification { CaseId = _caseId, UserId = user, Template = template, CreatedAt = _now });

    private void Audit(MediationDbContext db, Guid user, string action) =>
        db.AuditEntries.Add(new AuditEntry { At = _now, UserId = user, Action = action, CaseId = _caseId, Changed = true });
}
